package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.CandidacyProfiles;
import org.k12jobspot.accounts.api.CertificationDraft;
import org.k12jobspot.accounts.api.ContactKind;
import org.k12jobspot.accounts.api.ContactMessage;
import org.k12jobspot.accounts.api.ContactRequests;
import org.k12jobspot.accounts.api.DegreeDraft;
import org.k12jobspot.accounts.api.DegreeLevel;
import org.k12jobspot.accounts.api.NewStaffMember;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.PasswordResetOutcome;
import org.k12jobspot.accounts.api.ResetLinkState;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.StaffDirectory;
import org.k12jobspot.accounts.api.StaffMember;
import org.k12jobspot.accounts.api.StaffMembers;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.consent.api.EmployerDraft;
import org.k12jobspot.consent.api.EmployerKind;
import org.k12jobspot.consent.api.Employers;
import org.k12jobspot.consent.api.Registrations;
import org.k12jobspot.policy.api.Policies;

/**
 * Six kinds of visitor against every page, download and form of the product, from inside the server
 * against its own port. The matrix below states, for each address, what each kind of visitor gets;
 * a page or servlet in the WAR without a row fails the test, so a page added later must be given
 * one. Addresses that name a record use the first job seeker's, so the second job seeker's column
 * shows what changing an id gets someone who is not its owner.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** The columns of the matrix, in order. */
    enum Visitor {
        ANONYMOUS,
        UNVERIFIED,
        SEEKER,
        OTHER_SEEKER,
        STAFF,
        ADMIN
    }

    private static final String SIGN_IN = "L";
    private static final String CERTIFICATION_TITLE = "Matrix Owner's Reading Endorsement";
    private static final String DEGREE_FIELD = "Matrix Owner's Field of Study";
    private static final Pattern FORM_ID = Pattern.compile("<form id=\"([^\"]+)\"");
    private static final List<Visitor> STRANGERS =
            List.of(Visitor.ANONYMOUS, Visitor.UNVERIFIED, Visitor.OTHER_SEEKER);
    private static final Pattern AJAX_REDIRECT =
            Pattern.compile("<partial-response[^>]*>\\s*<redirect url=\"([^\"]*)\"");
    private static final Pattern LINK =
            Pattern.compile("/(verify|reset-password|confirm-deletion)\\?token=([A-Za-z0-9_-]+)");

    private static final System.Logger LOG = System.getLogger(AccessMatrixIT.class.getName());

    @Inject ServletContext context;
    @Inject Registrations registrations;
    @Inject Accounts accounts;
    @Inject Outbox outbox;
    @Inject Policies policies;
    @Inject CandidacyProfiles profiles;
    @Inject Consents consents;
    @Inject ContactRequests requests;
    @Inject Employers employers;
    @Inject StaffMembers members;
    @Inject StaffDirectory directory;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        AccessMatrixIT.class,
                        AccessMatrixIT.Visitor.class,
                        AccessMatrixIT.Row.class,
                        AccessMatrixIT.Cast.class,
                        Person.class,
                        Enrolment.class,
                        Onboarding.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        SiteAddress.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @Test
    void givesEveryVisitorExactlyWhatTheMatrixSaysOnEveryPageAndDownload() {
        var cast = cast();
        var rows = matrix(cast);

        var cells = 0;
        var wrong = new ArrayList<String>();
        for (var row : rows) {
            for (var address : row.addresses()) {
                for (var who : Visitor.values()) {
                    cells++;
                    var answer = answer(cast.visitor(who).get(address));
                    if (!answer.equals(row.expected(who))) {
                        wrong.add(
                                who
                                        + " GET "
                                        + address
                                        + ": "
                                        + answer
                                        + ", not "
                                        + row.expected(who));
                    }
                }
            }
        }

        LOG.log(
                System.Logger.Level.INFO,
                "Access matrix: {0} rows, {1} cells asked",
                rows.size(),
                cells);
        assertThat(routes(rows)).isEqualTo(deployedRoutes());
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
    }

    @Test
    void refusesEveryFormOfAPageToThoseWhoMayNotOpenIt() {
        var cast = cast();

        var posts = 0;
        var wrong = new ArrayList<String>();
        for (var row : matrix(cast)) {
            var owner = row.lastAllowed();
            if (owner.isEmpty() || row.servlet()) {
                continue;
            }
            var page = cast.visitor(owner.get()).get(row.address());
            for (var form : formsOf(page)) {
                for (var who : Visitor.values()) {
                    if (row.expected(who).equals("200")) {
                        continue;
                    }
                    var visitor = cast.visitor(who);
                    for (var ajax : List.of(false, true)) {
                        posts++;
                        var answer = answer(visitor.post(page, form, ajax));
                        if (!refused(row.expected(who), answer)) {
                            wrong.add(
                                    who
                                            + " POST "
                                            + row.address()
                                            + " form "
                                            + form
                                            + (ajax ? " (ajax)" : "")
                                            + ": "
                                            + answer
                                            + ", not "
                                            + row.expected(who));
                        }
                    }
                }
            }
        }

        LOG.log(System.Logger.Level.INFO, "Access matrix: {0} refused posts asked", posts);
        assertThat(wrong).as("posts that differ from the matrix").isEmpty();
    }

    @Test
    void addsNoStaffMemberWhenAJobSeekerOrPlainStaffPostsTheAdministratorsForm() {
        var cast = cast();
        var admin = cast.visitor(Visitor.ADMIN);
        var form = admin.open("/staff/members");
        var newcomers = new ArrayList<String>();

        for (var who : List.of(Visitor.SEEKER, Visitor.STAFF, Visitor.ANONYMOUS)) {
            var email = "intruder-" + UUID.randomUUID() + "@it.k12jobspot.example";
            newcomers.add(email);
            var answer =
                    cast.visitor(who)
                            .submit(
                                    form,
                                    "add",
                                    "Add staff member",
                                    Map.of(
                                            "fullName", "Not Invited",
                                            "email", email,
                                            "role", "ADMIN"));
            assertThat(answer(answer)).as(who.toString()).isIn("403", SIGN_IN);
        }

        assertThat(members.list())
                .extracting(StaffMember::email)
                .doesNotContainAnyElementsOf(newcomers);
    }

    @Test
    void changesAndShowsNothingOfAnotherJobSeekersRowsWhenTheirIdsArePosted() {
        var cast = cast();
        var intruder = cast.visitor(Visitor.OTHER_SEEKER);
        var page = intruder.open("/account/profile");
        var before = profiles.profileOf(cast.seekerId());
        var theirs =
                Map.of(
                        "certification", "certificationId=" + cast.certificationId(),
                        "degree", "degreeId=" + cast.degreeId());

        var answers = new ArrayList<Page>();
        for (var form : theirs.keySet()) {
            var param = theirs.get(form).split("=", 2);
            for (var button : List.of("edit", "remove")) {
                answers.add(
                        intruder.ajax(
                                page,
                                form,
                                form + "List:0:" + button,
                                Map.of(),
                                Map.of(
                                        param[0],
                                        param[1],
                                        "jakarta.faces.partial.render",
                                        form + " pageMessages")));
            }
        }

        assertThat(profiles.profileOf(cast.seekerId())).isEqualTo(before);
        assertThat(answers)
                .allSatisfy(
                        answer ->
                                assertThat(answer.body())
                                        .doesNotContain(cast.seeker().fullName())
                                        .doesNotContain(CERTIFICATION_TITLE)
                                        .doesNotContain(DEGREE_FIELD)
                                        .contains("already removed"));
        assertThat(profiles.profileOf(cast.otherId()).certifications()).hasSize(1);
    }

    @Test
    void showsNothingOfTheOwnerOnPagesOpenedWithTheirLinksAndChangesNothingByOpeningThem() {
        var cast = cast();
        var addresses =
                List.of(
                        "/verify?token=" + cast.verifyToken(),
                        "/reset-password?token=" + cast.resetToken(),
                        "/confirm-deletion?token=" + cast.deletionToken(),
                        "/account/receipt?entry=" + cast.entryId(),
                        "/account/receipt.json?entry=" + cast.entryId(),
                        "/staff/account?id=" + cast.seekerId(),
                        "/staff/consents?id=" + cast.seekerId(),
                        "/staff/request?id=" + cast.requestId());

        // Staff may see whose account they open (not its data before a reason); nobody else may.
        var shown = new ArrayList<String>();
        for (var address : addresses) {
            for (var who : STRANGERS) {
                var body = cast.visitor(who).get(address).body();
                for (var secret : cast.personalData()) {
                    if (body.contains(secret)) {
                        shown.add(who + " " + address + " shows " + secret);
                    }
                }
            }
        }

        assertThat(shown).isEmpty();
        assertThat(accounts.find(cast.unverifiedId()).orElseThrow().verified()).isFalse();
        assertThat(accounts.checkResetLink(cast.resetToken())).isEqualTo(ResetLinkState.USABLE);
    }

    @Test
    void sendsSomeoneWhoSignsInBeforeConfirmingAFewLinksAnHourAtMost() {
        var person = Person.newJobSeeker("Keeps Trying");
        enrolment().register(person, enrolment().choices(false));

        var answers = new ArrayList<Page>();
        for (var i = 0; i < 6; i++) {
            answers.add(Onboarding.signIn(new HttpVisitor(), person));
        }

        assertThat(answers).noneMatch(Page::isRedirect);
        assertThat(answers)
                .extracting(Page::pageMessages)
                .containsOnly(
                        List.of(
                                "Please confirm your email address first with the link we mailed"
                                        + " you. We send a new one when you sign in, a few times"
                                        + " an hour at most."));
        assertThat(outbox.recent(0, 500)).filteredOn(m -> m.to().equals(person.email())).hasSize(3);
    }

    // The matrix.

    /**
     * Columns: anonymous, unverified, job seeker, another job seeker, staff, administrator. "L" is
     * a redirect to the sign-in page, "&gt;/path" one elsewhere; one outcome stands for all six.
     * Addresses with a record's id name the job seeker's.
     */
    private List<Row> matrix(Cast c) {
        var nobody = UUID.randomUUID();
        var published = policies.published().size();
        return List.of(
                // Public pages.
                page("/index", "200 200 200 200 200 200", "/"),
                page("/login", "200 200 200 200 200 200"),
                page("/register", "200 200 200 200 200 200"),
                page("/registered", "200 200 200 200 200 200"),
                page("/forgot-password", "200 200 200 200 200 200"),
                page("/contact", "200 200 200 200 200 200"),
                page("/privacy", "200 200 200 200 200 200"),
                page("/privacy/version?number=1", "200 200 200 200 200 200"),
                page("/privacy/version?number=" + (published + 1), "404 404 404 404 404 404"),
                page("/privacy/compare?from=1&to=" + published, "200 200 200 200 200 200"),
                page("/expired", "200 200 200 200 200 200"),
                page("/error", "200 200 200 200 200 200"),
                page("/account-deleted?receipt=" + nobody, "200 200 200 200 200 200"),
                // Pages opened by a mailed link: the token is the key, whoever holds it.
                page("/verify?token=" + c.verifyToken(), "200 200 200 200 200 200"),
                page("/reset-password?token=" + c.resetToken(), "200 200 200 200 200 200"),
                page("/confirm-deletion?token=" + c.deletionToken(), "200 200 200 200 200 200"),
                page("/unsubscribe?token=" + nobody, "200 200 200 200 200 200"),
                // A mail program's one-click unsubscribe; opened in a browser, the page that asks.
                servlet("/unsubscribe/one-click", "?token=" + nobody, ">/unsubscribe"),
                // The job seeker's own pages.
                page("/account/profile", "L L 200 200 403 403"),
                page("/account/privacy", "L L 200 200 403 403"),
                page("/account/access-log", "L L 200 200 403 403"),
                page("/account/delete", "L L 200 200 403 403"),
                page("/account/policy-update", "L L 200 200 403 403"),
                page("/account/password", "L L 200 200 200 200"),
                page("/account/receipt?entry=" + c.entryId(), "L L 200 404 403 403"),
                page("/account/receipt?entry=" + nobody, "L L 404 404 403 403"),
                servlet("/account/receipt.json", "?entry=" + c.entryId(), "L L 200 404 403 403"),
                servlet("/account/export", "", "L L 200 200 403 403"),
                // Staff pages.
                page("/staff/accounts", "L L 403 403 200 200"),
                page("/staff/account?id=" + c.seekerId(), "L L 403 403 200 200"),
                page("/staff/consents?id=" + c.seekerId(), "L L 403 403 200 200"),
                page("/staff/account?id=" + nobody, "L L 403 403 404 404"),
                page("/staff/outbox", "L L 403 403 200 200"),
                page("/staff/requests", "L L 403 403 200 200"),
                page("/staff/request?id=" + c.requestId(), "L L 403 403 200 200"),
                page("/staff/employers", "L L 403 403 200 200"),
                page("/staff/disclosures", "L L 403 403 200 200"),
                page("/staff/analytics", "L L 403 403 200 200"),
                servlet("/staff/analytics.csv", "", "L L 403 403 200 200"),
                servlet(
                        "/staff/released-profiles.json",
                        "?employer=" + c.employerId(),
                        "L L 403 403 200 200"),
                servlet(
                        "/staff/released-profiles.json",
                        "?employer=" + nobody,
                        "L L 403 403 404 404"),
                // Administrators' pages.
                page("/staff/members", "L L 403 403 403 200"),
                page("/staff/policy", "L L 403 403 403 200"),
                page("/staff/marketing", "L L 403 403 403 200", "/staff/marketing?sent=" + nobody),
                page("/staff/backups", "L L 403 403 403 200"),
                // Composite components, which Faces reads itself: no pages.
                page("/resources/k12/policyDiff", "403 403 403 403 403 403"),
                page("/resources/k12/policyText", "403 403 403 403 403 403"));
    }

    /** One row: the route it covers, the addresses it asks, and what each visitor gets. */
    record Row(String route, List<String> addresses, List<String> outcomes, boolean servlet) {

        String address() {
            return addresses.getFirst();
        }

        String expected(Visitor who) {
            return outcomes.get(who.ordinal());
        }

        /** The last visitor who may open the page: the one who sees most of its forms. */
        Optional<Visitor> lastAllowed() {
            return java.util.Arrays.stream(Visitor.values())
                    .filter(v -> expected(v).equals("200"))
                    .reduce((first, later) -> later);
        }
    }

    /** A Faces page, asked at its address, with {@code .xhtml}, and at any more addresses. */
    private static Row page(String address, String outcomes, String... more) {
        var path = address.split("\\?", 2);
        var query = path.length > 1 ? "?" + path[1] : "";
        var addresses = new ArrayList<String>();
        addresses.add(address);
        addresses.add(path[0] + ".xhtml" + query);
        addresses.addAll(List.of(more));
        return new Row(path[0], addresses, outcomes(outcomes), false);
    }

    private static Row servlet(String route, String query, String outcomes) {
        return new Row(route, List.of(route + query), outcomes(outcomes), true);
    }

    /** Six outcomes, or one for every visitor. */
    private static List<String> outcomes(String text) {
        var outcomes = List.of(text.split(" "));
        return outcomes.size() == 1 ? java.util.Collections.nCopies(6, text) : outcomes;
    }

    private static Set<String> routes(List<Row> rows) {
        var routes = new TreeSet<String>();
        rows.forEach(r -> routes.add(r.route()));
        return routes;
    }

    /** Every view (an .xhtml outside WEB-INF) and every servlet of the product in the WAR. */
    private Set<String> deployedRoutes() {
        var routes = new TreeSet<String>();
        collectViews("/", routes);
        context.getServletRegistrations().values().stream()
                .filter(s -> s.getClassName().startsWith("org.k12jobspot."))
                .forEach(s -> routes.addAll(s.getMappings()));
        return routes;
    }

    private void collectViews(String folder, Set<String> routes) {
        var paths = context.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (var path : paths) {
            if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/")) {
                continue;
            }
            if (path.endsWith("/")) {
                collectViews(path, routes);
            } else if (path.endsWith(".xhtml")) {
                routes.add(path.substring(0, path.length() - ".xhtml".length()));
            }
        }
    }

    /**
     * How the site answers: its status, "L" for a redirect to the sign-in page, "&gt;/path" for one
     * elsewhere (as a redirect, or as the redirect in an ajax answer).
     */
    private static String answer(Page page) {
        var ajaxRedirect = AJAX_REDIRECT.matcher(page.body());
        Optional<URI> target = page.location();
        if (!page.isRedirect()) {
            target =
                    ajaxRedirect.find()
                            ? Optional.of(page.uri().resolve(Html.decode(ajaxRedirect.group(1))))
                            : Optional.empty();
        }
        return target.map(URI::getPath)
                .map(path -> path.equals("/login") ? SIGN_IN : ">" + path)
                .orElse(String.valueOf(page.status()));
    }

    /**
     * A form posted with a view of someone else's session: refused as the page is or, where the
     * page answers everyone but shows this visitor nothing (404), told that the page expired.
     */
    private static boolean refused(String expected, String answer) {
        return answer.equals(expected) || expected.equals("404") && answer.equals(">/expired");
    }

    private static List<String> formsOf(Page page) {
        var ids = new ArrayList<String>();
        var matcher = FORM_ID.matcher(page.body());
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    // The people and records the matrix is asked with.

    /** The six visitors, signed in as they should be, and the records whose ids rows use. */
    record Cast(
            Map<Visitor, HttpVisitor> visitors,
            Person seeker,
            AccountId seekerId,
            AccountId otherId,
            AccountId unverifiedId,
            List<String> personalData,
            String certificationId,
            String degreeId,
            String entryId,
            String requestId,
            String employerId,
            String verifyToken,
            String resetToken,
            String deletionToken) {

        HttpVisitor visitor(Visitor who) {
            return visitors.get(who);
        }
    }

    private Cast cast() {
        var enrolment = enrolment();
        var seeker = Person.newJobSeeker("Matrix Owner");
        var seekerId = enrolment.confirmed(seeker, false);
        var certificationId =
                profiles.addCertification(
                        seekerId,
                        new CertificationDraft(CERTIFICATION_TITLE, "Ohio", "M-4471", null));
        var degreeId =
                profiles.addDegree(
                        seekerId, new DegreeDraft(DegreeLevel.MASTER, DEGREE_FIELD, "Kent", 2012));
        var other = Person.newJobSeeker("Matrix Neighbour");
        var otherId = enrolment.confirmed(other, false);
        profiles.addCertification(
                otherId, new CertificationDraft("Neighbour's Own", "Ohio", null, null));
        profiles.addDegree(
                otherId, new DegreeDraft(DegreeLevel.BACHELOR, "Neighbour's", "Kent", 2010));
        var unverified = Person.newJobSeeker("Matrix Unconfirmed");
        var unverifiedId = enrolment.register(unverified, enrolment.choices(false));
        var staff = activeStaff();

        var entryId = consents.history(seekerId).getFirst().id().toString();
        var requestId =
                requests.submit(
                                new ContactMessage(
                                        ContactKind.QUESTION,
                                        seeker.fullName(),
                                        seeker.email(),
                                        "Matrix question"),
                                Optional.of(seekerId))
                        .toString();
        requests.submit(
                new ContactMessage(ContactKind.DELETION, seeker.fullName(), seeker.email(), null),
                Optional.of(seekerId));
        accounts.requestPasswordReset(seeker.email());
        var today = LocalDate.now();
        var employerId =
                employers
                        .add(
                                new EmployerDraft(
                                        "Matrix District " + UUID.randomUUID(),
                                        EmployerKind.SCHOOL_DISTRICT,
                                        today.minusDays(1),
                                        today.plusYears(1),
                                        false))
                        .toString();

        var visitors = new EnumMap<Visitor, HttpVisitor>(Visitor.class);
        visitors.put(Visitor.ANONYMOUS, new HttpVisitor());
        var refused = new HttpVisitor();
        assertThat(Onboarding.signIn(refused, unverified).isRedirect()).isFalse();
        visitors.put(Visitor.UNVERIFIED, refused);
        visitors.put(Visitor.SEEKER, Onboarding.signedIn(seeker));
        visitors.put(Visitor.OTHER_SEEKER, Onboarding.signedIn(other));
        visitors.put(Visitor.STAFF, Onboarding.signedIn(staff));
        visitors.put(Visitor.ADMIN, Onboarding.signedIn(Person.administrator()));
        return new Cast(
                visitors,
                seeker,
                seekerId,
                otherId,
                unverifiedId,
                List.of(
                        seeker.fullName(),
                        seeker.email(),
                        unverified.fullName(),
                        unverified.email()),
                certificationId,
                degreeId,
                entryId,
                requestId,
                employerId,
                token(unverified, "verify"),
                token(seeker, "reset-password"),
                token(seeker, "confirm-deletion"));
    }

    private String token(Person person, String page) {
        for (var mail : outbox.recent(0, 500)) {
            if (!mail.to().equals(person.email())) {
                continue;
            }
            var link = LINK.matcher(mail.body());
            while (link.find()) {
                if (link.group(1).equals(page)) {
                    return link.group(2);
                }
            }
        }
        throw new AssertionError("No " + page + " link mailed to " + person.fullName());
    }

    private Person activeStaff() {
        var unique = UUID.randomUUID().toString();
        var person =
                new Person(
                        "Matrix Staff",
                        "staff-" + unique + "@it.k12jobspot.example",
                        "oak " + unique);
        members.add(new NewStaffMember(person.fullName(), person.email(), Role.STAFF), adminId());
        var token = token(person, "reset-password");
        assertThat(accounts.resetPassword(token, person.password()))
                .isEqualTo(PasswordResetOutcome.RESET);
        return person;
    }

    private AccountId adminId() {
        return directory
                .search(AccountQuery.firstByName(Person.administrator().email(), 10))
                .accounts()
                .getFirst()
                .id();
    }

    private Enrolment enrolment() {
        return new Enrolment(registrations, accounts, outbox, policies);
    }
}
