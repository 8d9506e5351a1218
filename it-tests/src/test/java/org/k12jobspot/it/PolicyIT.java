package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.Registration;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PolicyComparison;
import org.k12jobspot.policy.api.PolicyDrafts;
import org.k12jobspot.policy.api.PolicyPublished;
import org.k12jobspot.policy.api.Publication;
import org.k12jobspot.policy.api.PublishedPolicy;
import org.k12jobspot.policy.internal.PolicyClock;

/**
 * The policy module inside the running product: its facades as the web layer and other modules call
 * them, and its pages over HTTP. Facade tests publish inside a transaction that they roll back, so
 * the versions they make never reach other tests; the page tests publish for real, with an
 * effective date of today.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyIT {

    private static final Pattern TOKEN = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)");

    @Inject Policies policies;
    @Inject PolicyDrafts drafts;
    @Inject PolicyClock clock;
    @Inject Accounts accounts;
    @Inject Outbox outbox;
    @Inject RecordedEvents events;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        PolicyIT.class,
                        RecordedEvents.class,
                        Person.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        Onboarding.class,
                        SiteAddress.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @AfterEach
    void restoreClock() {
        if (clock != null) {
            clock.use(Clock.systemUTC());
        }
    }

    @Test
    void shipsVersionOneWrittenForThisProduct() {
        var first = policies.findByNumber(1).orElseThrow();

        assertThat(first.changeSummary()).isNotBlank();
        assertThat(policies.html(first.id()))
                .get()
                .asString()
                .contains("What you must give us")
                .contains("active agreement")
                .contains("privacy&#64;k12jobspot.example")
                .doesNotContain("{{contact}}");
    }

    @Test
    void publishesDraftAsNextNumberFiringEventAndQueuingNotice() throws Exception {
        var person = confirmedJobSeeker("Notice Reader");

        inRolledBackTransaction(
                () -> {
                    var before = policies.published().getFirst().number();
                    var fired = events.all(PolicyPublished.class).size();

                    var version = publish("A new section.", today(), true);

                    assertThat(version.number()).isEqualTo(before + 1);
                    assertThat(
                                    events.all(PolicyPublished.class)
                                            .subList(
                                                    fired,
                                                    events.all(PolicyPublished.class).size()))
                            .singleElement()
                            .satisfies(
                                    e -> {
                                        assertThat(e.versionId()).isEqualTo(version.id());
                                        assertThat(e.material()).isTrue();
                                        assertThat(e.effectiveOn()).isEqualTo(today());
                                    });
                    var notice =
                            outbox.recent(0, 500).stream()
                                    .filter(m -> m.to().equals(person.email()))
                                    .filter(
                                            m ->
                                                    m.subject()
                                                            .contains(
                                                                    "version " + version.number()))
                                    .toList();
                    assertThat(notice)
                            .singleElement()
                            .satisfies(
                                    m -> {
                                        assertThat(m.subject()).contains(today().toString());
                                        assertThat(m.body())
                                                .contains(
                                                        "asked to accept it when you next sign in")
                                                .containsPattern(
                                                        "http://127\\.0\\.0\\.1:\\d+/privacy\\n");
                                    });
                });
    }

    @Test
    void numbersVersionsOneAfterAnother() throws Exception {
        inRolledBackTransaction(
                () -> {
                    var first = publish("One more.", today(), false);
                    var second = publish("And another.", today(), false);

                    assertThat(second.number()).isEqualTo(first.number() + 1);
                    assertThat(policies.current()).isEqualTo(second);
                });
    }

    @Test
    void makesFutureVersionCurrentOnlyFromItsEffectiveDate() throws Exception {
        inRolledBackTransaction(
                () -> {
                    var before = policies.current();

                    var future = publish("Takes effect later.", today().plusDays(10), false);

                    assertThat(policies.current()).isEqualTo(before);
                    assertThat(policies.published().getFirst()).isEqualTo(future);
                    clock.use(
                            Clock.fixed(
                                    today().plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC),
                                    ZoneOffset.UTC));
                    assertThat(policies.current()).isEqualTo(future);
                });
    }

    @Test
    void asksForAcceptanceOnlyAfterMaterialChangeInEffect() throws Exception {
        inRolledBackTransaction(
                () -> {
                    var accepted = policies.current();

                    publish("Wording only.", today(), false);
                    assertThat(policies.materialChangeSince(accepted.id())).isFalse();

                    var laterMaterial = publish("Shares more.", today().plusDays(5), true);
                    assertThat(policies.materialChangeSince(accepted.id())).isFalse();

                    clock.use(
                            Clock.fixed(
                                    today().plusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC),
                                    ZoneOffset.UTC));
                    assertThat(policies.materialChangeSince(accepted.id())).isTrue();
                    assertThat(policies.materialChangeSince(laterMaterial.id())).isFalse();
                });
    }

    @Test
    void refusesPublicationWithoutSummaryOrBeforeTheNewestVersion() throws Exception {
        inRolledBackTransaction(
                () -> {
                    var draft = drafts.saveDraft(drafts.currentMarkdown() + "\nChanged.\n");
                    var latest = policies.published().getFirst().effectiveOn();

                    var refused =
                            catchThrowableOfType(
                                    InputRejected.class,
                                    () ->
                                            drafts.publish(
                                                    new Publication(
                                                            draft.id(),
                                                            " ",
                                                            latest.minusDays(1),
                                                            false)));

                    assertThat(refused.problems()).containsOnlyKeys("changeSummary", "effectiveOn");
                });
    }

    @Test
    void keepsPublishedVersionsOutOfEditing() throws Exception {
        inRolledBackTransaction(
                () -> {
                    var version = publish("Fixed text.", today(), false);
                    var html = policies.html(version.id()).orElseThrow();

                    var next = drafts.saveDraft("## Something else entirely\n");

                    assertThat(next.id()).isNotEqualTo(version.id());
                    assertThat(policies.html(version.id())).contains(html);
                    assertThat(policies.find(version.id())).contains(version);
                });
    }

    @Test
    void rendersScriptInMarkdownInert() throws Exception {
        inRolledBackTransaction(
                () -> {
                    var markdown =
                            "## Test\n\n"
                                    + "<script>alert('x')</script>\n\n"
                                    + "[click](javascript:alert(1))\n\n"
                                    + "<img src=x onerror=alert(1)>\n";
                    var draft = drafts.saveDraft(markdown);
                    var version =
                            drafts.publish(
                                    new Publication(draft.id(), "Script test.", today(), false));

                    assertThat(policies.html(version.id()).orElseThrow())
                            .doesNotContain("<script")
                            .doesNotContain("<img")
                            .doesNotContainIgnoringCase("javascript:")
                            .contains("&lt;script&gt;");
                    assertThat(drafts.preview(markdown)).doesNotContain("<script");
                });
    }

    @Test
    void comparesTwoVersionsLineByLine() throws Exception {
        inRolledBackTransaction(
                () -> {
                    var before = policies.current();
                    var after = publish("Adds a line.", today(), false, "A brand-new line.");

                    var comparison = policies.compare(before.id(), after.id()).orElseThrow();

                    assertThat(comparison.hasChanges()).isTrue();
                    assertThat(comparison.lines())
                            .contains(
                                    new PolicyComparison.Line(
                                            PolicyComparison.Change.INSERTED,
                                            "A brand-new line.",
                                            0));
                });
    }

    @Test
    @RunAsClient
    void showsTheShippedPolicyAtPrivacyWithoutCookie() {
        var page = new HttpVisitor().get("/privacy");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.setCookies()).isEmpty();
        assertThat(page.text())
                .contains("Privacy policy")
                .contains("in effect since")
                .contains("What you must give us")
                .contains("Version 1")
                .contains("Compare two versions");
        assertThat(page.body()).doesNotContain("<script>alert");
    }

    @Test
    @RunAsClient
    void answersUnknownVersionWithFriendlyNotFound() {
        var version = new HttpVisitor().get("/privacy/version?number=99999");
        var compare = new HttpVisitor().get("/privacy/compare?from=1&to=abc");

        assertThat(version.status()).isEqualTo(404);
        assertThat(version.text()).contains("There is no published version");
        assertThat(compare.status()).isEqualTo(404);
        assertThat(compare.text()).contains("could not find both");
        assertThat(version.setCookies()).isEmpty();
    }

    @Test
    @RunAsClient
    void letsAdministratorPublishAndShowsTheChangeOnTheComparePage() {
        var admin = Onboarding.signedIn(Person.administrator());
        var editor = admin.get("/staff/policy");
        assertThat(editor.status()).isEqualTo(200);
        var line = "Added by a test " + UUID.randomUUID() + " <b>not bold</b>";
        var markdown = currentMarkdown(editor) + "\n" + line + "\n";
        var today = LocalDate.now(ZoneOffset.UTC).toString();

        var review =
                admin.submit(
                        editor,
                        "policy",
                        "Review and publish",
                        Map.of(
                                "markdown", markdown,
                                "changeSummary", "A line added by a test.",
                                "effectiveOn", today));
        var label = confirmLabel(review);
        var done = admin.submit(review, "policy", label, Map.of());

        var number = Integer.parseInt(label.replaceAll("\\D", ""));
        assertThat(done.pageMessages())
                .anySatisfy(m -> assertThat(m).contains("Version " + number + " is published"));
        var compare =
                new HttpVisitor().get("/privacy/compare?from=" + (number - 1) + "&to=" + number);
        assertThat(compare.status()).isEqualTo(200);
        assertThat(compare.setCookies()).isEmpty();
        assertThat(compare.body())
                .contains("<th scope=\"row\">Added</th>")
                .contains("&lt;b&gt;not bold&lt;/b&gt;");
        assertThat(compare.text()).contains("Added " + line);
    }

    @Test
    @RunAsClient
    void refusesPublicationWithMessagesBesideTheFields() {
        var admin = Onboarding.signedIn(Person.administrator());
        var editor = admin.get("/staff/policy");

        var answer =
                admin.submit(
                        editor,
                        "policy",
                        "Review and publish",
                        Map.of(
                                "markdown", currentMarkdown(editor),
                                "changeSummary", "",
                                "effectiveOn", "2000-01-01"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.messageFor("policy:changeSummary"))
                .hasValueSatisfying(m -> assertThat(m).contains("what this version changes"));
        assertThat(answer.messageFor("policy:effectiveOn")).isPresent();
    }

    @Test
    @RunAsClient
    void keepsPolicyEditingFromJobSeekers() {
        var person = Onboarding.verifiedJobSeeker("Curious Seeker");
        var visitor = Onboarding.signedIn(person);

        var page = visitor.get("/staff/policy");

        assertThat(page.status()).isEqualTo(403);
        assertThat(visitor.get("/privacy").body()).doesNotContain("/staff/policy");
    }

    @Test
    @RunAsClient
    void showsPolicyLinkToAdministrators() {
        var admin = Onboarding.signedIn(Person.administrator());

        assertThat(admin.get("/privacy").body()).contains("href=\"/staff/policy\"");
    }

    private PublishedPolicy publish(String summary, LocalDate effectiveOn, boolean material) {
        return publish(summary, effectiveOn, material, "Changed " + UUID.randomUUID());
    }

    private PublishedPolicy publish(
            String summary, LocalDate effectiveOn, boolean material, String addedLine) {
        var draft = drafts.saveDraft(drafts.currentMarkdown() + "\n" + addedLine + "\n");
        return drafts.publish(new Publication(draft.id(), summary, effectiveOn, material));
    }

    private LocalDate today() {
        return clock.today();
    }

    private Person confirmedJobSeeker(String name) {
        var person = Person.newJobSeeker(name);
        accounts.register(new Registration(person.fullName(), person.email(), person.password()));
        var mail =
                outbox.recent(0, 50).stream()
                        .filter(m -> m.to().equals(person.email()))
                        .findFirst()
                        .orElseThrow();
        var token = TOKEN.matcher(mail.body());
        assertThat(token.find()).isTrue();
        accounts.verify(token.group(1));
        return person;
    }

    interface Steps {
        void run() throws Exception;
    }

    private static void inRolledBackTransaction(Steps steps) throws Exception {
        var transaction =
                (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        transaction.begin();
        try {
            steps.run();
        } finally {
            transaction.rollback();
        }
    }

    private static String currentMarkdown(Page editor) {
        var textarea =
                Pattern.compile(
                                "<textarea id=\"policy:markdown\"[^>]*>(.*?)</textarea>",
                                Pattern.DOTALL)
                        .matcher(editor.body());
        assertThat(textarea.find()).as("the draft's text area").isTrue();
        return Html.decode(textarea.group(1));
    }

    private static String confirmLabel(Page review) {
        var button = Pattern.compile("value=\"(Publish version \\d+)\"").matcher(review.body());
        assertThat(button.find()).as("a confirm button on:\n%s", review.text()).isTrue();
        return button.group(1);
    }
}
