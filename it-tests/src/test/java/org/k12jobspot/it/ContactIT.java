package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.AccountErased;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.ContactKind;
import org.k12jobspot.accounts.api.ContactMessage;
import org.k12jobspot.accounts.api.ContactRequestId;
import org.k12jobspot.accounts.api.ContactRequests;
import org.k12jobspot.accounts.api.ContactStatus;
import org.k12jobspot.accounts.api.DeletionLinkState;
import org.k12jobspot.accounts.api.ErasureCause;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.OutboxEntry;
import org.k12jobspot.accounts.api.Registration;
import org.k12jobspot.accounts.api.StaffDirectory;
import org.k12jobspot.accounts.internal.AccountsClock;
import org.k12jobspot.accounts.internal.ContactRetention;

/**
 * The contact page and the deletion-request queue: the rules through the facade inside the server
 * (with a replaceable clock for link expiry and retention), and the pages over HTTP as a visitor
 * without JavaScript and a staff member use them (tests marked {@code @RunAsClient}).
 */
@ExtendWith(ArquillianExtension.class)
class ContactIT {

    static final String DELETION_ANSWER = "Thank you, we have your request.";
    private static final Pattern TOKEN =
            Pattern.compile("/confirm-deletion\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern REQUEST_LINK =
            Pattern.compile("/staff/request\\?id=([0-9a-f-]{36})");
    private static final Pattern LINK =
            Pattern.compile("(http://\\S+/confirm-deletion\\?token=[A-Za-z0-9_-]+)");

    @Inject ContactRequests requests;
    @Inject Accounts accounts;
    @Inject Outbox outbox;
    @Inject AccountsClock clock;
    @Inject ContactRetention retention;
    @Inject StaffDirectory directory;
    @Inject RecordedEvents events;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        ContactIT.class,
                        RecordedEvents.class,
                        Person.class,
                        Onboarding.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        SiteAddress.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @AfterEach
    void restoreClock() {
        if (clock != null) {
            clock.use(Clock.systemUTC());
        }
    }

    // The rules, through the facade inside the server.

    @Test
    void mailsTheConfirmationLinkToTheAccountsOwnAddress() {
        var person = Person.newJobSeeker("Zoë O'Brien-Łukasiewicz");
        var id = register(person);

        var request =
                requests.submit(
                        deletion("Someone Else", person.email().toUpperCase()), Optional.empty());

        assertThat(requests.find(request).orElseThrow())
                .satisfies(
                        r -> {
                            assertThat(r.status()).isEqualTo(ContactStatus.UNCONFIRMED);
                            assertThat(r.account()).contains(id);
                            assertThat(r.fullName()).isEqualTo("Someone Else");
                        });
        assertThat(deletionMailsTo(person))
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.to()).isEqualTo(person.email());
                            assertThat(m.body())
                                    .contains(person.fullName())
                                    .containsPattern(TOKEN)
                                    .contains("expires in 72 hours");
                        });
    }

    @Test
    void mailsNothingForAnAddressWithoutAccount() {
        var stranger = Person.newJobSeeker("Nobody Registered");
        var before = outbox.size();

        var request =
                requests.submit(deletion(stranger.fullName(), stranger.email()), Optional.empty());

        assertThat(outbox.size()).isEqualTo(before);
        assertThat(requests.find(request).orElseThrow().account()).isEmpty();
        assertThat(requests.find(request).orElseThrow().status())
                .isEqualTo(ContactStatus.UNCONFIRMED);
    }

    @Test
    void refusesAQuestionWithoutMessageAndAnUnreadableAddress() {
        var rejected =
                catchThrowableOfType(
                        InputRejected.class,
                        () ->
                                requests.submit(
                                        new ContactMessage(
                                                ContactKind.QUESTION, " ", "not-an-address", null),
                                        Optional.empty()));

        assertThat(rejected.problems())
                .containsEntry("fullName", "Enter your name.")
                .containsEntry("email", "Enter an email address like name@example.org.")
                .containsEntry("message", "Write your question.");
    }

    @Test
    void keepsTheRequestUnconfirmedWhileTheLinkIsOnlyLookedAt() {
        var person = Person.newJobSeeker("Scanned Mail");
        register(person);
        var request = requests.submit(deletion(person), Optional.empty());
        var token = newestTokenMailedTo(person);

        var looks = List.of(requests.checkDeletionLink(token), requests.checkDeletionLink(token));

        assertThat(looks).containsOnly(DeletionLinkState.USABLE);
        assertThat(statusOf(request)).isEqualTo(ContactStatus.UNCONFIRMED);
    }

    @Test
    void confirmsTheRequestOnceThroughTheLink() {
        var person = Person.newJobSeeker("Sure Of It");
        var id = register(person);
        var request = requests.submit(deletion(person), Optional.empty());
        var token = newestTokenMailedTo(person);

        var first = requests.confirmDeletion(token);
        var second = requests.confirmDeletion(token);

        assertThat(first).isEqualTo(DeletionLinkState.CONFIRMED);
        assertThat(second).isEqualTo(DeletionLinkState.UNKNOWN);
        assertThat(statusOf(request)).isEqualTo(ContactStatus.CONFIRMED);
        assertThat(requests.find(request).orElseThrow().confirmedAt()).isPresent();
        assertThat(accounts.find(id).orElseThrow().verified())
                .as("the link proves the address, like a reset link")
                .isTrue();
    }

    @Test
    void refusesAnExpiredOrUnknownLink() {
        var person = Person.newJobSeeker("Too Late");
        register(person);
        var request = requests.submit(deletion(person), Optional.empty());
        var token = newestTokenMailedTo(person);
        clock.use(Clock.offset(Clock.systemUTC(), Duration.ofHours(72).plusMinutes(1)));

        var expired = requests.confirmDeletion(token);
        var unknown = requests.confirmDeletion("no-such-token-" + token.substring(0, 10));

        assertThat(expired).isEqualTo(DeletionLinkState.EXPIRED);
        assertThat(unknown).isEqualTo(DeletionLinkState.UNKNOWN);
        assertThat(requests.checkDeletionLink(null)).isEqualTo(DeletionLinkState.UNKNOWN);
        assertThat(statusOf(request)).isEqualTo(ContactStatus.UNCONFIRMED);
    }

    @Test
    void replacesTheLinkWhenStaffSendItAgain() {
        var person = Person.newJobSeeker("Lost The Mail");
        register(person);
        var request = requests.submit(deletion(person), Optional.empty());
        var first = newestTokenMailedTo(person);

        requests.resendLink(request, staff());
        var second = newestTokenMailedTo(person);

        assertThat(second).isNotEqualTo(first);
        assertThat(requests.checkDeletionLink(first)).isEqualTo(DeletionLinkState.UNKNOWN);
        assertThat(requests.confirmDeletion(second)).isEqualTo(DeletionLinkState.CONFIRMED);
    }

    @Test
    void mailsTheReasonWhenStaffDeclineAndTheLinkStopsWorking() {
        var person = Person.newJobSeeker("Changed Mind");
        register(person);
        var request = requests.submit(deletion(person), Optional.empty());
        var token = newestTokenMailedTo(person);

        var noReason =
                catchThrowableOfType(
                        InputRejected.class, () -> requests.decline(request, staff(), "  "));
        requests.decline(request, staff(), "You wrote to us that you want to keep the account.");

        assertThat(noReason.problems()).containsKey("reason");
        assertThat(statusOf(request)).isEqualTo(ContactStatus.DECLINED);
        assertThat(requests.confirmDeletion(token)).isEqualTo(DeletionLinkState.UNKNOWN);
        assertThat(mailsTo(person.email()))
                .anySatisfy(
                        m ->
                                assertThat(m.body())
                                        .contains(
                                                "You wrote to us that you want to keep the"
                                                        + " account."));
    }

    @Test
    void mailsTheReplyWhenStaffAnswerAQuestion() {
        var asker = Person.newJobSeeker("Curious Visitor");
        var request =
                requests.submit(
                        new ContactMessage(
                                ContactKind.QUESTION,
                                asker.fullName(),
                                asker.email(),
                                "Do districts see my phone number?"),
                        Optional.empty());

        requests.answer(request, staff(), Optional.of("Only those you release your profile to."));

        assertThat(statusOf(request)).isEqualTo(ContactStatus.ANSWERED);
        assertThat(mailsTo(asker.email()))
                .singleElement()
                .satisfies(
                        m ->
                                assertThat(m.body())
                                        .contains("Only those you release your profile to."));
    }

    @Test
    void refusesToEraseForAnUnconfirmedRequest() {
        var person = Person.newJobSeeker("Not Yet Sure");
        var id = register(person);
        var request = requests.submit(deletion(person), Optional.empty());

        var refused =
                catchThrowableOfType(
                        InputRejected.class,
                        () -> requests.erase(request, staff(), "The person asked by mail."));

        assertThat(refused.problems()).containsKey("request");
        assertThat(accounts.find(id)).isPresent();
        assertThat(statusOf(request)).isEqualTo(ContactStatus.UNCONFIRMED);
    }

    @Test
    void refusesToEraseWithoutAReason() {
        var person = Person.newJobSeeker("No Reason Given");
        var id = register(person);
        var request = requests.submit(deletion(person), Optional.empty());
        requests.confirmDeletion(newestTokenMailedTo(person));

        var refused =
                catchThrowableOfType(
                        InputRejected.class, () -> requests.erase(request, staff(), "  "));

        assertThat(refused.problems()).containsKey("reason");
        assertThat(accounts.find(id)).isPresent();
        assertThat(statusOf(request)).isEqualTo(ContactStatus.CONFIRMED);
    }

    @Test
    void erasesTheAccountOfAConfirmedRequestAndMailsTheReceipt() {
        var person = Person.newJobSeeker("Ready To Go");
        var id = register(person);
        var request = requests.submit(deletion(person), Optional.empty());
        requests.confirmDeletion(newestTokenMailedTo(person));

        var receipt = requests.erase(request, staff(), "Deletion request confirmed by mail.");

        assertThat(receipt.cause()).isEqualTo(ErasureCause.STAFF_ON_REQUEST);
        assertThat(receipt.lines()).contains("1 contact request", "1 account");
        assertThat(accounts.find(id)).isEmpty();
        assertThat(requests.find(request)).as("the request goes with the account").isEmpty();
        assertThat(events.all(AccountErased.class))
                .anySatisfy(e -> assertThat(e.account()).isEqualTo(id));
        assertThat(mailsTo(person.email()))
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.subject()).isEqualTo("Your K12JobSpot account is deleted");
                            assertThat(m.body()).contains("1 contact request");
                        });
    }

    @Test
    void deletesClosedRequestsAfterTheRetentionPeriod() {
        var asker = Person.newJobSeeker("Short Memory");
        var kept =
                requests.submit(
                        new ContactMessage(
                                ContactKind.QUESTION, asker.fullName(), asker.email(), "Hello?"),
                        Optional.empty());
        var closed =
                requests.submit(
                        new ContactMessage(
                                ContactKind.QUESTION, asker.fullName(), asker.email(), "Hi?"),
                        Optional.empty());
        requests.answer(closed, staff(), Optional.empty());

        clock.use(Clock.offset(Clock.systemUTC(), Duration.ofDays(31)));
        retention.deleteExpired();

        assertThat(requests.find(closed)).isEmpty();
        assertThat(requests.find(kept)).as("an open request waits for staff").isPresent();
    }

    // The pages, over HTTP.

    @Test
    @RunAsClient
    void showsContactMethodsAndSetsNoCookieForAnonymousVisitors() {
        var visitor = new HttpVisitor();

        var page = visitor.get("/contact");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Contact us").contains("How to reach us");
        assertThat(page.body()).contains("mailto:");
        assertThat(page.setCookies()).isEmpty();
    }

    @Test
    @RunAsClient
    void fillsInTheNameAndAddressOfASignedInPerson() {
        var person = Onboarding.verifiedJobSeeker("Signed In Writer");
        var visitor = Onboarding.signedIn(person);

        var form = visitor.open("/contact").form("contact");

        assertThat(form)
                .contains("value=\"Signed In Writer\"")
                .contains("value=\"" + person.email() + "\"");
    }

    @Test
    @RunAsClient
    void showsAMessageBesideEachFieldThatNeedsOne() {
        var visitor = new HttpVisitor();

        var answer =
                visitor.submit(
                        visitor.get("/contact"),
                        "contact",
                        "Send",
                        Map.of("kind", "QUESTION", "email", "nobody at example"));

        assertThat(answer.messageFor("contact:fullName")).contains("Enter your name.");
        assertThat(answer.messageFor("contact:email"))
                .contains("Enter an email address like name@example.org.");
        assertThat(answer.messageFor("contact:message")).contains("Write your question.");
        assertThat(answer.text()).doesNotContain(DELETION_ANSWER);
    }

    @Test
    @RunAsClient
    void asksForTheKindOfRequest() {
        var visitor = new HttpVisitor();

        var answer =
                visitor.submit(
                        visitor.get("/contact"),
                        "contact",
                        "Send",
                        Map.of("fullName", "Ana", "email", "ana@example.org"));

        assertThat(answer.messageFor("contact:kind"))
                .contains("Choose a question or a deletion request.");
        assertThat(answer.messageFor("contact:fullName")).isEmpty();
    }

    @Test
    @RunAsClient
    void answersTheSameWhetherOrNotTheAddressHasAnAccount() {
        var person = Onboarding.verifiedJobSeeker("Renée Account-Holder");
        var stranger = Person.newJobSeeker("Renée Account-Holder");

        var known = sendDeletionRequest(new HttpVisitor(), person);
        var unknown = sendDeletionRequest(new HttpVisitor(), stranger);

        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(200);
        assertThat(known.text()).contains(DELETION_ANSWER).isEqualTo(unknown.text());
        assertThat(known.setCookies()).isEmpty();
        assertThat(unknown.setCookies()).isEmpty();
    }

    @Test
    @RunAsClient
    void confirmsOnlyWhenTheButtonIsPressedAndStaffSeeTheState() {
        var person = Onboarding.verifiedJobSeeker("Émile Queue");
        sendDeletionRequest(new HttpVisitor(), person);
        var staff = Onboarding.signedIn(Person.administrator());
        var link = confirmationLinkFor(staff, person);
        var visitor = new HttpVisitor();

        var opened = visitor.open(link);
        var openedAgain = visitor.open(link);
        var queueBefore = rowOf(staff.open("/staff/requests"), person.fullName());
        var confirmed =
                visitor.submit(openedAgain, "confirm", "Confirm my deletion request", Map.of());
        var queueAfter = rowOf(staff.open("/staff/requests"), person.fullName());
        var reused = new HttpVisitor().open(link);

        assertThat(opened.body()).contains("value=\"Confirm my deletion request\"");
        assertThat(queueBefore).contains("Delete my account").contains("Not confirmed");
        assertThat(confirmed.text()).contains("Your deletion request is confirmed.");
        assertThat(queueAfter).contains("Confirmed").doesNotContain("Not confirmed");
        assertThat(reused.text()).contains("This link is not valid.");
    }

    @Test
    @RunAsClient
    void showsWhatTheRequesterWroteOnlyAfterStaffGiveAReasonThePersonReads() {
        var person = Onboarding.verifiedJobSeeker("Private Writer");
        var visitor = new HttpVisitor();
        visitor.submit(
                visitor.get("/contact"),
                "contact",
                "Send",
                Map.of(
                        "kind",
                        "QUESTION",
                        "fullName",
                        person.fullName(),
                        "email",
                        person.email(),
                        "message",
                        "Is my summary visible to districts?"));
        var staff = Onboarding.signedIn(Person.administrator());
        var id = requestIdOf(staff.open("/staff/requests"), person.fullName(), "Question");

        var closed = staff.open("/staff/request?id=" + id);
        var refused = staff.submit(closed, "open", "Open request", Map.of("reason", ""));
        var opened = openRequest(staff, id);
        var log = Onboarding.signedIn(person).open("/account/access-log");

        assertThat(closed.body())
                .doesNotContain(person.email())
                .doesNotContain("Is my summary visible");
        assertThat(refused.messageFor("open:reason")).isPresent();
        assertThat(refused.body()).doesNotContain("Is my summary visible");
        assertThat(opened.text()).contains(person.email(), "Is my summary visible to districts?");
        assertThat(log.text()).contains("contact request", "The person asked us by mail.");
    }

    @Test
    @RunAsClient
    void saysSoWhenALinkIsUnknown() {
        var page = new HttpVisitor().open("/confirm-deletion?token=made-up-token");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("This link is not valid.");
        assertThat(page.body()).doesNotContain("value=\"Confirm my deletion request\"");
    }

    @Test
    @RunAsClient
    void refusesTheQueueToJobSeekersAndSendsAnonymousVisitorsToSignIn() {
        var seeker = Onboarding.signedIn(Onboarding.verifiedJobSeeker("Nosy Seeker"));

        var seekerQueue = seeker.get("/staff/requests");
        var seekerRequest = seeker.get("/staff/request?id=" + ContactRequestId.newId());
        var anonymous = new HttpVisitor().get("/staff/requests");

        assertThat(seekerQueue.status()).isEqualTo(403);
        assertThat(seekerRequest.status()).isEqualTo(403);
        assertThat(anonymous.isRedirect()).isTrue();
        assertThat(anonymous.location()).contains(SiteAddress.of("/login"));
    }

    @Test
    void headsThePageAfterAnErasureWithTheErasureNotAMissingRequest() {
        var person = Person.newJobSeeker("Heading After Erasure");
        register(person);
        var request = requests.submit(deletion(person), Optional.empty());
        requests.confirmDeletion(newestTokenMailedTo(person));
        var staff = Onboarding.signedIn(Person.administrator());
        var opened = openRequest(staff, request.toString());

        var erased =
                staff.submit(
                        opened,
                        "erase",
                        "Erase the account",
                        Map.of("reason", "Deletion request confirmed through the mailed link."));

        assertThat(heading(erased)).isEqualTo("Account erased");
        assertThat(erased.text()).contains("The account was erased on");
    }

    @Test
    void tellsStaffThereIsNoAccountToEraseForAnAddressWithoutOne() {
        var stranger = Person.newJobSeeker("Nobody Behind This");
        var request = requests.submit(deletion(stranger), Optional.empty());
        var staff = Onboarding.signedIn(Person.administrator());

        var page = staff.open("/staff/request?id=" + request);

        assertThat(page.text())
                .contains("No account uses the address given, so there is nothing to erase")
                .doesNotContain("has not used the confirmation link", "Send the link again");
    }

    @Test
    void offersNoErasureForAStaffAccountAndSaysAnAdministratorClosesIt() {
        var admin = Person.administrator();
        var request =
                requests.submit(
                        deletion("Staff Lookalike " + UUID.randomUUID(), admin.email()),
                        Optional.empty());
        requests.confirmDeletion(newestTokenMailedTo(admin));
        var staff = Onboarding.signedIn(admin);

        var page = openRequest(staff, request.toString());

        assertThat(statusOf(request)).isEqualTo(ContactStatus.CONFIRMED);
        assertThat(page.text())
                .contains("Staff accounts are not erased on request")
                .doesNotContain("Erase the account");
        assertThat(page.body()).contains("value=\"Decline\"");
    }

    // Helpers.

    private AccountId register(Person person) {
        return accounts.register(
                new Registration(person.fullName(), person.email(), person.password()));
    }

    private static ContactMessage deletion(Person person) {
        return deletion(person.fullName(), person.email());
    }

    private static ContactMessage deletion(String name, String email) {
        return new ContactMessage(ContactKind.DELETION, name, email, null);
    }

    private AccountId staff() {
        return directory
                .search(AccountQuery.firstByName(Person.administrator().email(), 1))
                .accounts()
                .getFirst()
                .id();
    }

    private static String heading(Page page) {
        var h1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(page.body());
        assertThat(h1.find()).as("a heading").isTrue();
        return Html.text(h1.group(1)).strip();
    }

    private ContactStatus statusOf(ContactRequestId request) {
        return requests.find(request).orElseThrow().status();
    }

    private List<OutboxEntry> mailsTo(String email) {
        return outbox.recent(0, 200).stream().filter(m -> m.to().equals(email)).toList();
    }

    private List<OutboxEntry> deletionMailsTo(Person person) {
        return mailsTo(person.email()).stream()
                .filter(m -> TOKEN.matcher(m.body()).find())
                .toList();
    }

    private String newestTokenMailedTo(Person person) {
        var mail =
                deletionMailsTo(person).stream()
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no deletion link mailed"));
        var token = TOKEN.matcher(mail.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    static Page sendDeletionRequest(HttpVisitor visitor, Person person) {
        var inputs = new HashMap<String, String>();
        inputs.put("kind", "DELETION");
        inputs.put("fullName", person.fullName());
        inputs.put("email", person.email());
        return visitor.submit(visitor.get("/contact"), "contact", "Send", inputs);
    }

    /** The link in the newest deletion mail to the person, read by a signed-in staff member. */
    static String confirmationLinkFor(HttpVisitor staff, Person person) {
        var outbox = staff.open("/staff/outbox").body();
        var mail =
                Pattern.compile(
                                "<article class=\"mail\">(?:(?!</article>).)*To "
                                        + Pattern.quote(person.email())
                                        + "(?:(?!</article>).)*/confirm-deletion"
                                        + "(?:(?!</article>).)*</article>",
                                Pattern.DOTALL)
                        .matcher(outbox);
        assertThat(mail.find()).as("a deletion mail to %s", person.email()).isTrue();
        var link = LINK.matcher(mail.group());
        assertThat(link.find()).isTrue();
        return Html.decode(link.group(1));
    }

    /** The id of the request of that kind from the person, as the staff queue links it. */
    static String requestIdOf(Page queue, String fullName, String kind) {
        var rows = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(queue.body());
        while (rows.find()) {
            var text = Html.text(rows.group(1));
            var link = REQUEST_LINK.matcher(rows.group(1));
            if (text.contains(fullName) && text.contains(kind) && link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("no request of " + fullName + " in the queue");
    }

    /** A staff member opens a request that concerns an account, giving a reason. */
    static Page openRequest(HttpVisitor staff, String requestId) {
        var page = staff.open("/staff/request?id=" + requestId);
        return staff.submit(
                page, "open", "Open request", Map.of("reason", "The person asked us by mail."));
    }

    /** The text of the first queue table row that names the person. */
    static String rowOf(Page queue, String fullName) {
        return rowsOf(queue, fullName).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + fullName + " in the queue"));
    }

    /** The text of every queue table row that names the person. */
    static List<String> rowsOf(Page queue, String fullName) {
        var rows = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(queue.body());
        var found = new ArrayList<String>();
        while (rows.find()) {
            var text = Html.text(rows.group(1));
            if (text.contains(fullName)) {
                found.add(text);
            }
        }
        return found;
    }
}
