package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.it.HostileStrings.Hostile;

/**
 * Every text field a person or staff member types into, fed every string of {@link HostileStrings}
 * (over 200 each) through the pages over HTTP: each is refused with a message beside its field, or
 * stored; every page and file that shows it afterwards (the person's own profile, the staff
 * screens, the export, the request queue, the employer register, the released profiles and the
 * analytics CSV) shows it as text, never as markup, never evaluated; no answer is a server error;
 * and the server log holds none of the markers, so no typed text reached it and no CR/LF in one
 * could forge a line. The tests run inside the server to read its log, and visit it over HTTP like
 * a browser.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final HostileStrings CORPUS = HostileStrings.corpus();
    private static final Pattern MARKER = Pattern.compile("qjx[a-z]{3}");

    /** An expression's result next to the marker written beside it. */
    private static final Pattern EVALUATED =
            Pattern.compile(
                    HostileStrings.EVALUATED + "qjx|qjx[a-z]{3}" + HostileStrings.EVALUATED);

    private static final Pattern ERROR_REDIRECT = Pattern.compile("<redirect url=\"[^\"]*/error");

    private static final Pattern ACCOUNT_LINK =
            Pattern.compile("/staff/account\\?id=([0-9a-f-]{36})");
    private static final Pattern REQUEST_LINK = Pattern.compile("/staff/request\\?id=([0-9a-f-]+)");
    private static final Pattern RELEASED_LINK =
            Pattern.compile("/staff/released-profiles\\.json\\?employer=([0-9a-f-]+)");

    /** Rounds of certifications and degrees one person holds before a fresh one is signed up. */
    private static final int CERTIFICATION_BATCH = 32;

    private Canary.CapturedLog log;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        HostileInputIT.class,
                        HostileStrings.class,
                        HostileStrings.Hostile.class,
                        Canary.class,
                        Canary.CapturedLog.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        SiteAddress.class,
                        Onboarding.class,
                        Person.class)
                .addClass("org.k12jobspot.it.HostileStrings$Family")
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @BeforeEach
    void captureTheServerLog() {
        log = new Canary.CapturedLog();
        Logger.getLogger("").addHandler(log);
    }

    @AfterEach
    void findNoMarkerInTheServerLog() {
        Logger.getLogger(HostileInputIT.class.getName()).info("hostile input test done");
        Logger.getLogger("").removeHandler(log);

        assertThat(log.text()).contains("hostile input test done");
        assertThat(Canary.of(CORPUS.markers().toArray(String[]::new)).foundIn(log.text()))
                .as("markers of typed text in the server log")
                .isEmpty();
    }

    @Test
    void keepsEveryContactDetailInertOnTheProfileTheExportAndTheStaffAccountPage() {
        var person = Onboarding.verifiedJobSeeker("Connie Contact");
        var visitor = Onboarding.signedIn(person);
        var staff = Onboarding.signedIn(Person.administrator());
        var id = accountId(staff, person);
        var fields = List.of("streetAddress", "city", "region", "postalCode", "phone", "summary");
        var stored = 0;

        for (var round = 0; round < CORPUS.size(); round++) {
            var values = new LinkedHashMap<String, Hostile>();
            for (var f = 0; f < fields.size(); f++) {
                values.put(fields.get(f), CORPUS.get(round + f * 37));
            }
            var kept =
                    sendUntilAccepted(
                            "contact",
                            values,
                            Map.of(),
                            inputs ->
                                    visitor.ajax(
                                            visitor.get("/account/profile"),
                                            "contact",
                                            "saveContact",
                                            inputs));

            inert(visitor.get("/account/profile"), kept, "own profile");
            exportInert(visitor, kept);
            inert(openedAccount(staff, id, "Checking contact details"), kept, "staff account");
            stored += kept.size();
        }

        assertThat(stored).as("hostile contact details stored").isPositive();
    }

    @Test
    void keepsEveryCertificationAndDegreeInertOnTheProfileTheExportAndTheStaffAccountPage() {
        var staff = Onboarding.signedIn(Person.administrator());
        var stored = 0;

        // A fresh person for every batch of rounds, so that no page grows past a batch's rows:
        // each string still goes through every field and is looked for on every page showing it.
        for (var first = 0; first < CORPUS.size(); first += CERTIFICATION_BATCH) {
            var person = Onboarding.verifiedJobSeeker("Cecil Certified");
            var visitor = Onboarding.signedIn(person);
            var id = accountId(staff, person);
            var kept = new ArrayList<Hostile>();
            var last = Math.min(first + CERTIFICATION_BATCH, CORPUS.size());
            for (var round = first; round < last; round++) {
                var certification = new LinkedHashMap<String, Hostile>();
                certification.put("title", CORPUS.get(round));
                certification.put("issuer", CORPUS.get(round + 41));
                certification.put("number", CORPUS.get(round + 83));
                certification.put("validUntil", CORPUS.get(round + 127));
                kept.addAll(
                        sendUntilAccepted(
                                "certification",
                                certification,
                                Map.of("title", "Reading Specialist"),
                                inputs ->
                                        visitor.ajax(
                                                visitor.get("/account/profile"),
                                                "certification",
                                                "saveCertification",
                                                inputs)));
                var degree = new LinkedHashMap<String, Hostile>();
                degree.put("field", CORPUS.get(round + 13));
                degree.put("institution", CORPUS.get(round + 59));
                degree.put("year", CORPUS.get(round + 101));
                kept.addAll(
                        sendUntilAccepted(
                                "degree",
                                degree,
                                Map.of("level", "MASTER", "field", "Literacy"),
                                inputs ->
                                        visitor.ajax(
                                                visitor.get("/account/profile"),
                                                "degree",
                                                "saveDegree",
                                                withLevel(inputs))));
            }
            inert(visitor.get("/account/profile"), kept, "own profile");
            exportInert(visitor, kept);
            inert(openedAccount(staff, id, "Checking certifications"), kept, "staff account");
            stored += kept.size();
        }

        assertThat(stored).as("hostile certifications and degrees stored").isPositive();
    }

    @Test
    void keepsEveryContactFormFieldInertInTheStaffQueueAndEveryRequestPage() {
        var staff = Onboarding.signedIn(Person.administrator());
        var kept = new ArrayList<Hostile>();

        for (var round = 0; round < CORPUS.size(); round++) {
            var values = new LinkedHashMap<String, Hostile>();
            values.put("fullName", CORPUS.get(round));
            values.put("email", CORPUS.get(round + 71));
            values.put("message", CORPUS.get(round + 149));
            var fallbacks =
                    Map.of(
                            "fullName", "Quentin Question",
                            "email", "question-" + UUID.randomUUID() + "@it.k12jobspot.example",
                            "message", "Which districts hire aides?");
            kept.addAll(
                    sendUntilAccepted(
                            "contact",
                            values,
                            fallbacks,
                            inputs -> {
                                var anonymous = new HttpVisitor();
                                var all = new HashMap<>(inputs);
                                all.put("kind", "QUESTION");
                                var sent =
                                        anonymous.submit(
                                                anonymous.get("/contact"), "contact", "Send", all);
                                return anonymous.follow(sent);
                            }));
        }

        var queue = staff.get("/staff/requests");
        inert(queue, List.of(), "staff queue");
        var shown = new StringBuilder(queue.body());
        var links = REQUEST_LINK.matcher(queue.body());
        var opened = new LinkedHashSet<String>();
        while (links.find()) {
            if (opened.add(links.group(1))) {
                var request = staff.get("/staff/request?id=" + links.group(1));
                if (request.body().contains("<form id=\"open\"")) {
                    request =
                            staff.submit(
                                    request,
                                    "open",
                                    "Open request",
                                    Map.of("reason", "Answering the question"));
                }
                inert(request, List.of(), "request page");
                shown.append(request.body());
            }
        }
        var text = Html.decode(shown.toString());
        assertThat(kept).isNotEmpty();
        assertThat(kept)
                .as("stored contact requests shown to staff")
                .allSatisfy(h -> assertThat(text).contains(h.marker()));
    }

    @Test
    void keepsNamesAndStaffReasonsInertOnRegistrationStaffScreensProfileAndAccessLog() {
        var staff = Onboarding.signedIn(Person.administrator());
        var person = Onboarding.verifiedJobSeeker("Ida Identity");
        var visitor = Onboarding.signedIn(person);
        var id = accountId(staff, person);
        var names = new ArrayList<Hostile>();
        var reasons = new ArrayList<Hostile>();

        var anonymous = new HttpVisitor();
        for (var round = 0; round < CORPUS.size(); round++) {
            // Registration refused for want of a password: the page shows the name and address
            // again in the form, and must show them inert.
            var echoed =
                    anonymous.submit(
                            anonymous.get("/register"),
                            "register",
                            "Create account",
                            Map.of(
                                    "fullName", CORPUS.get(round).text(),
                                    "email", CORPUS.get(round + 97).text(),
                                    "password", "",
                                    "countryOfResidence", "US",
                                    "policyAccepted", "on"));
            inert(echoed, List.of(), "registration form");

            var values = new LinkedHashMap<String, Hostile>();
            values.put("fullName", CORPUS.get(round));
            values.put("reason", CORPUS.get(round + 53));
            var kept =
                    sendUntilAccepted(
                            "identity",
                            values,
                            Map.of(
                                    "fullName",
                                    round % 2 == 0 ? "Ida Identity" : "Ida Ident",
                                    "reason",
                                    "The person asked us to correct their name"),
                            inputs -> {
                                var all = new HashMap<>(inputs);
                                all.put("email", person.email());
                                return staff.follow(
                                        staff.submit(
                                                openedAccount(staff, id, "Correcting the name"),
                                                "identity",
                                                "Correct name and email",
                                                all));
                            });
            var name = kept.contains(values.get("fullName"));
            if (name) {
                names.add(values.get("fullName"));
            }
            if (kept.contains(values.get("reason"))) {
                reasons.add(values.get("reason"));
            }
            inert(
                    visitor.get("/account/profile"),
                    name ? List.of(values.get("fullName")) : List.of(),
                    "own profile");
        }

        inert(visitor.get("/account/access-log"), reasons, "access log");
        var found =
                staff.ajax(
                        staff.get("/staff/accounts"),
                        "accounts",
                        "search",
                        Map.of("prefix", person.email()));
        inert(found, List.of(), "staff account table");
        assertThat(names).as("hostile names stored").isNotEmpty();
        assertThat(reasons).as("hostile reasons stored").isNotEmpty();
        // A few real registrations, one per family, found by staff in the table and the outbox.
        var registered = new ArrayList<Hostile>();
        for (var round = 0; round < CORPUS.size(); round += 29) {
            var newcomer = Person.newJobSeeker(CORPUS.get(round).text());
            var answer = Onboarding.register(new HttpVisitor(), newcomer);
            inert(answer, List.of(), "registration");
            if (answer.isRedirect()) {
                registered.add(CORPUS.get(round));
                var row =
                        staff.ajax(
                                staff.get("/staff/accounts"),
                                "accounts",
                                "search",
                                Map.of("prefix", newcomer.email()));
                inert(row, List.of(CORPUS.get(round)), "staff account table");
            }
        }
        inert(staff.get("/staff/outbox"), List.of(), "staff outbox");
        assertThat(registered).as("registrations with hostile names").isNotEmpty();
    }

    @Test
    void keepsEmployerNamesAndStaffSearchesInertInTheRegisterPrivacyCentreAndDownloads() {
        var staff = Onboarding.signedIn(Person.administrator());
        var person = Onboarding.verifiedJobSeeker("Rhea Released");
        var visitor = Onboarding.signedIn(person);
        var kept = new ArrayList<Hostile>();

        for (var round = 0; round < CORPUS.size(); round++) {
            kept.addAll(
                    sendUntilAccepted(
                            "employer",
                            Map.of("name", CORPUS.get(round)),
                            Map.of("name", "Springfield District " + round),
                            inputs -> {
                                var all = new HashMap<>(inputs);
                                all.put("kind", "SCHOOL_DISTRICT");
                                all.put("agreementStart", "2020-01-01");
                                return staff.follow(
                                        staff.submit(
                                                staff.get("/staff/employers"),
                                                "employer",
                                                "Add employer",
                                                all));
                            }));
            var searched =
                    staff.ajax(
                            staff.get("/staff/accounts"),
                            "accounts",
                            "search",
                            Map.of("prefix", CORPUS.get(round + 7).text()));
            inert(searched, List.of(), "staff search");
        }

        var register = staff.get("/staff/employers");
        inert(register, kept, "employer register");
        var centre = visitor.get("/account/privacy");
        inert(centre, List.of(), "privacy centre");
        visitor.follow(
                visitor.submit(
                        centre,
                        "release",
                        "Save who may see my profile",
                        Map.of("reach", "ALL_WITH_AGREEMENT")));
        var released = RELEASED_LINK.matcher(register.body());
        for (var n = 0; n < 5 && released.find(); n++) {
            var download = staff.get(Html.decode(released.group()));
            assertThat(download.status()).isEqualTo(200);
            validJson(download.body(), "released profiles");
        }
        var csv = staff.get("/staff/analytics.csv");
        assertThat(csv.status()).isEqualTo(200);
        for (var line : csv.body().split("\r?\n")) {
            for (var cell : line.split(",")) {
                assertThat(cell.replace("\"", ""))
                        .as("a CSV cell")
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
        }
        assertThat(kept).as("hostile employer names stored").isNotEmpty();
    }

    /**
     * Sends a form with hostile values; a field the site refuses with a message beside it gets its
     * fallback (or nothing) and the form goes again, until the site accepts it. The hostile values
     * the site kept.
     */
    private static List<Hostile> sendUntilAccepted(
            String formId,
            Map<String, Hostile> values,
            Map<String, String> fallbacks,
            Function<Map<String, String>, Page> send) {
        var inputs = new HashMap<String, String>(fallbacks);
        values.forEach((field, hostile) -> inputs.put(field, hostile.text()));
        var kept = new LinkedHashMap<>(values);
        for (var attempt = 0; attempt <= values.size(); attempt++) {
            var answer = send.apply(inputs);
            inert(answer, List.of(), formId + " form");
            var refused = new ArrayList<String>();
            for (var field : inputs.keySet()) {
                if (answer.body().contains("target:\"" + formId + ":" + field + "\"")
                        && answer.messageFor(formId + ":" + field).isPresent()) {
                    refused.add(field);
                }
            }
            if (refused.isEmpty()) {
                assertThat(answer.pageMessages())
                        .as("page messages after %s", values)
                        .noneMatch(m -> m.contains("went wrong"));
                return List.copyOf(kept.values());
            }
            for (var field : refused) {
                assertThat(kept)
                        .as("%s refused without a hostile value in it", field)
                        .containsKey(field);
                kept.remove(field);
                inputs.put(field, fallbacks.getOrDefault(field, ""));
            }
        }
        throw new AssertionError("The " + formId + " form was never accepted: " + values);
    }

    /**
     * The answer is no server error; no string of the corpus appears as markup in it; no expression
     * was evaluated; and the hostile strings it should show are there as text.
     */
    private static void inert(Page page, List<Hostile> shown, String where) {
        assertThat(page.status()).as("status of %s %s", where, page.uri()).isLessThan(500);
        // After an exception the site sends the browser to /error (a redirect, or in an ajax
        // answer a redirect element), so a status below 500 alone does not prove none happened.
        assertThat(page.location().map(URI::getPath))
                .as("%s sent to the error page", where)
                .isNotEqualTo(Optional.of("/error"));
        var body = page.body();
        assertThat(body)
                .as("%s sent to the error page", where)
                .doesNotContainPattern(ERROR_REDIRECT)
                .doesNotContain("Something went wrong");
        assertThat(body).as("%s evaluated an expression", where).doesNotContainPattern(EVALUATED);
        var present = new HashSet<String>();
        var markers = MARKER.matcher(body);
        while (markers.find()) {
            present.add(markers.group());
        }
        for (var hostile : CORPUS.all()) {
            if (!present.contains(hostile.marker())) {
                continue;
            }
            if (hostile.markup()) {
                assertThat(body)
                        .as("%s shows as markup: %s", where, hostile)
                        .doesNotContain(hostile.text());
            }
            if (!hostile.quoteProbe().isEmpty()) {
                assertThat(body)
                        .as("%s ends an attribute: %s", where, hostile)
                        .doesNotContainPattern(
                                "<[a-zA-Z][^<>]*" + Pattern.quote(hostile.quoteProbe()));
            }
            if (!hostile.liveMarkup().isEmpty()) {
                assertThat(body)
                        .as("%s shows as markup: %s", where, hostile)
                        .doesNotContain(hostile.liveMarkup() + hostile.marker());
            }
        }
        var text = Html.decode(body);
        for (var hostile : shown) {
            assertThat(text).as("%s shows %s", where, hostile).contains(hostile.marker());
        }
    }

    private static void exportInert(HttpVisitor visitor, List<Hostile> kept) {
        var export = visitor.get("/account/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).doesNotContainPattern(EVALUATED);
        var json = validJson(export.body(), "export");
        for (var hostile : kept) {
            assertThat(json).as("export holds %s", hostile).contains(hostile.marker());
        }
    }

    /** The JSON read and written again: valid, and its text with every escape undone. */
    private static String validJson(String body, String what) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return unescaped(reader.readValue().toString());
        } catch (JsonException e) {
            throw new AssertionError(what + " is not valid JSON", e);
        }
    }

    private static String unescaped(String json) {
        return json.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The account's data on the staff page, opened with a reason. */
    private static Page openedAccount(HttpVisitor staff, String id, String reason) {
        var page = staff.get("/staff/account?id=" + id);
        var opened = staff.submit(page, "open", "Open account data", Map.of("reason", reason));
        assertThat(opened.status()).isLessThan(500);
        return opened.isRedirect() ? staff.follow(opened) : opened;
    }

    private static String accountId(HttpVisitor staff, Person person) {
        var found =
                staff.ajax(
                        staff.get("/staff/accounts"),
                        "accounts",
                        "search",
                        Map.of("prefix", person.email()));
        var link = ACCOUNT_LINK.matcher(found.body());
        assertThat(link.find()).as("%s in the staff table", person.email()).isTrue();
        return link.group(1);
    }

    private static Map<String, String> withLevel(Map<String, String> inputs) {
        var all = new HashMap<>(inputs);
        all.putIfAbsent("level", "MASTER");
        return all;
    }
}
