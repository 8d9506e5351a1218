package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The product over HTTP, as a browser without JavaScript sees it: pages, forms, redirects, cookies
 * and status codes of the real WAR on Payara Micro.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebIT {

    private static final String SESSION_COOKIE = "JSESSIONID";
    private static final String SIGN_IN_REFUSED =
            "That email and password do not match an account, or sign-in is paused for a few"
                    + " minutes after too many attempts.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar()
                .addAsWebResource(
                        new StringAsset(
                                "<html xmlns=\"http://www.w3.org/1999/xhtml\""
                                        + " xmlns:h=\"jakarta.faces.html\"><h:body>"
                                        + "<h:form id=\"failing\"><h:commandButton id=\"fail\""
                                        + " value=\"Fail\" action=\"#{facesContext"
                                        + ".externalContext.redirect(null)}\"/></h:form>"
                                        + "</h:body></html>"),
                        "failing-page.xhtml");
    }

    @Test
    void answersHealthCheckWithUp() {
        var health = new HttpVisitor().get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/register", "/login", "/privacy"})
    void servesPublicPageAtCleanUrl(String path) {
        var page = new HttpVisitor().get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>");
        assertThat(page.body())
                .doesNotContainPattern("<a [^>]*href=\"[^\"]*\\.xhtml")
                .doesNotContainPattern("<form [^>]*action=\"[^\"]*\\.xhtml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/register", "/login", "/privacy", "/verify?token=unknown"})
    void setsNoCookieOnAnonymousVisitToPublicPage(String path) {
        var page = new HttpVisitor().get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.setCookies()).isEmpty();
    }

    /**
     * Pages without a form keep no view state, so nothing on them opens a session: not Faces, not
     * PrimeFaces, not the layout's sign-out form (rendered only when signed in), not analytics.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/privacy",
                "/privacy/version?number=1",
                "/privacy/compare?from=1&to=1",
                "/registered",
                "/account-deleted",
                "/error",
                "/expired",
                "/no-such-page"
            })
    void opensNoSessionForAnonymousVisitToFormlessPage(String path) {
        var visitor = new HttpVisitor();

        var page = visitor.get(path);
        var again = visitor.get(path);

        assertThat(page.status()).isIn(200, 404);
        assertThat(page.setCookies()).isEmpty();
        assertThat(again.setCookies()).isEmpty();
        assertThat(page.body()).doesNotContain("jakarta.faces.ViewState");
    }

    @Test
    void showsNotFoundPageWithCleanLinks() {
        var page = new HttpVisitor().get("/no-such-page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Page not found");
        assertThat(page.body()).doesNotContainPattern("<a [^>]*href=\"[^\"]*\\.xhtml");
    }

    @Test
    void marksTheSessionCookieSecureOverHttps() throws Exception {
        var https = URI.create("https://127.0.0.1:" + System.getProperty("it.https.port", "18443"));
        var connection =
                (HttpsURLConnection) https.resolve("/account/profile").toURL().openConnection();
        connection.setSSLSocketFactory(trustingTestCertificate().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setInstanceFollowRedirects(false);

        var cookies = connection.getHeaderFields().getOrDefault("Set-Cookie", List.of());

        assertThat(connection.getResponseCode()).isEqualTo(302);
        assertThat(cookies)
                .singleElement()
                .satisfies(
                        cookie ->
                                assertThat(cookie)
                                        .startsWith(SESSION_COOKIE + "=")
                                        .containsIgnoringCase("; Secure")
                                        .containsIgnoringCase("; HttpOnly"));
    }

    /** Payara Micro's HTTPS listener uses its own self-signed certificate. */
    private static SSLContext trustingTestCertificate() throws Exception {
        var trustAll =
                new X509TrustManager() {
                    @Override
                    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                    @Override
                    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                    @Override
                    public X509Certificate[] getAcceptedIssuers() {
                        return new X509Certificate[0];
                    }
                };
        var context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }

    @Test
    void sendsAnonymousVisitorFromPrivatePageToSignIn() {
        var page = new HttpVisitor().get("/account/profile");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains(SiteAddress.of("/login"));
    }

    @Test
    void opensAccountWithOnlyNameEmailAndPassword() {
        var person = Person.newJobSeeker("Maria Gonzalez");

        var answer = Onboarding.register(new HttpVisitor(), person);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).contains(SiteAddress.of("/registered"));
    }

    @Test
    void showsMessageBesideEachMissingRegistrationField() {
        var visitor = new HttpVisitor();

        var answer =
                visitor.submit(
                        visitor.get("/register"),
                        "register",
                        "Create account",
                        Map.of("fullName", "", "email", "", "password", ""));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.messageFor("register:fullName")).contains("Enter your full name.");
        assertThat(answer.messageFor("register:email")).contains("Enter your email address.");
        assertThat(answer.messageFor("register:password"))
                .contains("Choose a password of at least 12 characters.");
    }

    @Test
    void showsMessageBesidePasswordShorterThanTwelveCharacters() {
        var person = Person.newJobSeeker("Short Password");
        var tooShort = new Person(person.fullName(), person.email(), "elevenchars");

        var answer = Onboarding.register(new HttpVisitor(), tooShort);

        assertThat(answer.isRedirect()).isFalse();
        assertThat(answer.messageFor("register:password"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Use at least 12 characters"));
        assertThat(answer.messageFor("register:email")).isEmpty();
    }

    @Test
    void showsMessageBesideCommonPassword() {
        var person = Person.newJobSeeker("Common Password");
        var common = new Person(person.fullName(), person.email(), "password1234");

        var answer = Onboarding.register(new HttpVisitor(), common);

        assertThat(answer.isRedirect()).isFalse();
        assertThat(answer.messageFor("register:password"))
                .hasValueSatisfying(m -> assertThat(m).contains("on a list of common passwords"));
    }

    @Test
    void showsMessageBesideMalformedEmail() {
        var person = Person.newJobSeeker("Malformed Email");
        var malformed = new Person(person.fullName(), "not-an-address", person.password());

        var answer = Onboarding.register(new HttpVisitor(), malformed);

        assertThat(answer.isRedirect()).isFalse();
        assertThat(answer.messageFor("register:email"))
                .contains("Enter an email address like name@example.org.");
    }

    @Test
    void showsMessageBesideEmailAlreadyRegisteredInOtherLetterCase() {
        var unique = UUID.randomUUID();
        var first = new Person("Ana Ruiz", "Ana.Ruiz." + unique + "@Example.org", "first of two");
        var second = new Person("Ana Ruiz", "ana.ruiz." + unique + "@example.org", "second of two");
        assertThat(Onboarding.register(new HttpVisitor(), first).isRedirect()).isTrue();

        var answer = Onboarding.register(new HttpVisitor(), second);

        assertThat(answer.isRedirect()).isFalse();
        assertThat(answer.messageFor("register:email"))
                .hasValueSatisfying(
                        m -> assertThat(m).startsWith("An account with this email address"));
    }

    @Test
    void confirmsEmailAddressThroughMailedLinkOnlyOnce() {
        var person = Person.newJobSeeker("Grace Okafor");
        Onboarding.register(new HttpVisitor(), person);
        var link = Onboarding.verificationLinkFor(person);

        var first = Onboarding.confirm(new HttpVisitor(), link);
        var second = Onboarding.confirm(new HttpVisitor(), link);

        assertThat(link).startsWith(SiteAddress.of("/verify?token=").toString());
        assertThat(first.text()).contains("Your email address is confirmed.");
        assertThat(second.text())
                .contains("This link is not valid.")
                .doesNotContain("Your email address is confirmed.");
    }

    @Test
    void asksToConfirmEmailAddressBeforeFirstSignIn() {
        var person = Person.newJobSeeker("Not Yet Confirmed");
        Onboarding.register(new HttpVisitor(), person);

        var answer = Onboarding.signIn(new HttpVisitor(), person);

        assertThat(answer.isRedirect()).isFalse();
        assertThat(answer.pageMessages())
                .containsExactly(
                        "Please confirm your email address first with the link we mailed you."
                                + " We send a new one when you sign in, a few times an hour at"
                                + " most.");
    }

    @Test
    void keepsNonLatinNameExactlyAsTyped() {
        var person = Onboarding.verifiedJobSeeker("李小龍");
        var visitor = Onboarding.signedIn(person);

        var profile = visitor.open("/account/profile");

        assertThat(profile.body()).contains("<strong>李小龍</strong>");
    }

    @Test
    void leadsJobSeekerToProfileAtSignIn() {
        var person = Onboarding.verifiedJobSeeker("Priya Natarajan");

        var answer = Onboarding.signIn(new HttpVisitor(), person);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).contains(SiteAddress.of("/account/profile"));
    }

    @Test
    void marksSessionCookieHttpOnlyAndSameSiteLax() {
        var person = Onboarding.verifiedJobSeeker("Cookie Flags");

        var answer = Onboarding.signIn(new HttpVisitor(), person);

        assertThat(answer.setCookie(SESSION_COOKIE))
                .hasValueSatisfying(
                        cookie ->
                                assertThat(cookie)
                                        .containsIgnoringCase("; HttpOnly")
                                        .containsIgnoringCase("; SameSite=Lax"));
    }

    @Test
    void keepsSessionCookieTheOnlyCookieAndFreeOfPersonalData() {
        var person = Onboarding.verifiedJobSeeker("Only One Cookie");
        var visitor = new HttpVisitor();

        visitor.follow(Onboarding.signIn(visitor, person));

        assertThat(visitor.cookieNames()).containsExactly(SESSION_COOKIE);
        assertThat(visitor.cookie(SESSION_COOKIE))
                .hasValueSatisfying(
                        value ->
                                assertThat(value)
                                        .doesNotContainIgnoringCase(person.email())
                                        .doesNotContainIgnoringCase("Only")
                                        .doesNotContainIgnoringCase("Cookie"));
    }

    @Test
    void issuesNewSessionIdAtSignIn() {
        var person = Onboarding.verifiedJobSeeker("Session Fixation");
        var visitor = new HttpVisitor();
        visitor.get("/account/profile");
        var before = visitor.cookie(SESSION_COOKIE).orElseThrow();

        var answer = Onboarding.signIn(visitor, person);

        assertThat(answer.isRedirect()).as("signed in").isTrue();
        assertThat(visitor.cookie(SESSION_COOKIE)).isPresent().get().isNotEqualTo(before);
        var replay = new HttpVisitor();
        replay.useCookie(SESSION_COOKIE, before);
        assertThat(replay.get("/account/profile").location()).contains(SiteAddress.of("/login"));
    }

    @Test
    void destroysSessionAtSignOut() {
        var person = Onboarding.verifiedJobSeeker("Signing Out");
        var visitor = Onboarding.signedIn(person);
        var profile = visitor.open("/account/profile");
        var session = visitor.cookie(SESSION_COOKIE).orElseThrow();

        var answer = visitor.follow(visitor.submit(profile, "signOut", "Sign out", Map.of()));

        assertThat(answer.text()).contains("You are signed out.");
        var replay = new HttpVisitor();
        replay.useCookie(SESSION_COOKIE, session);
        var replayed = replay.get("/account/profile");
        assertThat(replayed.location()).contains(SiteAddress.of("/login"));
        assertThat(replay.cookie(SESSION_COOKIE))
                .as("the server no longer knows the old session and starts a new one")
                .isPresent()
                .get()
                .isNotEqualTo(session);
    }

    @Test
    void refusesStaffPagesToJobSeeker() {
        var person = Onboarding.verifiedJobSeeker("Curious Seeker");
        var visitor = Onboarding.signedIn(person);

        var accounts = visitor.get("/staff/accounts");
        var outbox = visitor.get("/staff/outbox");

        assertThat(accounts.status()).isEqualTo(403);
        assertThat(outbox.status()).isEqualTo(403);
        assertThat(accounts.text()).contains("Your account does not have access to this page.");
        assertThat(accounts.body()).doesNotContainPattern("<a [^>]*href=\"[^\"]*\\.xhtml");
    }

    @Test
    void pausesSignInAfterFiveWrongPasswordsWithTheSameMessage() {
        var person = Onboarding.verifiedJobSeeker("Forgetful Seeker");
        var wrong = new Person(person.fullName(), person.email(), "not my password at all");
        assertThat(Onboarding.signIn(new HttpVisitor(), person).isRedirect()).isTrue();
        for (var attempt = 1; attempt <= 5; attempt++) {
            assertThat(Onboarding.signIn(new HttpVisitor(), wrong).pageMessages())
                    .containsExactly(SIGN_IN_REFUSED);
        }

        var answer = Onboarding.signIn(new HttpVisitor(), person);

        assertThat(answer.isRedirect()).isFalse();
        assertThat(answer.pageMessages()).containsExactly(SIGN_IN_REFUSED);
    }

    @Test
    void showsSameMessageForUnknownEmailAsForWrongPassword() {
        var stranger = Person.newJobSeeker("Nobody Registered");

        var answer = Onboarding.signIn(new HttpVisitor(), stranger);

        assertThat(answer.isRedirect()).isFalse();
        assertThat(answer.pageMessages()).containsExactly(SIGN_IN_REFUSED);
    }

    @Test
    void leavesNoCookieBehindARefusedSignIn() {
        var visitor = new HttpVisitor();

        var answer = Onboarding.signIn(visitor, Person.newJobSeeker("Nobody Registered"));

        assertThat(answer.pageMessages()).containsExactly(SIGN_IN_REFUSED);
        assertThat(visitor.cookieNames()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/account/privacy", "/account/profile", "/account/export", "/staff/members"})
    void sendsVisitorToSignInAgainAfterARefusedSignIn(String path) {
        var visitor = new HttpVisitor();
        var sentAway = visitor.get(path);
        var refused =
                Onboarding.signIn(visitor, Person.newJobSeeker("Wrong Password After Redirect"));
        assertThat(sentAway.location()).contains(SiteAddress.of("/login"));
        assertThat(refused.pageMessages()).containsExactly(SIGN_IN_REFUSED);

        var again = visitor.get(path);

        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).contains(SiteAddress.of("/login"));
        assertThat(visitor.follow(again).text()).contains("Sign in");
    }

    @Test
    void labelsEveryControlOfTheStaffAccountTable() {
        var staff = Onboarding.signedIn(Person.administrator());

        var page = staff.open("/staff/accounts");

        for (var control : List.of("prefix", "sort", "order", "size")) {
            assertThat(page.body()).containsPattern("<label[^>]* for=\"accounts:" + control + "\"");
        }
        assertThat(page.body())
                .containsPattern("<button[^>]*id=\"accounts:previous\"[^>]*disabled")
                .contains("Previous page", "Next page");
    }

    @Test
    void pagesTheStaffAccountTableForwardAndBackShowingEachAccountOnce() {
        var surname = "Pager" + UUID.randomUUID().toString().substring(0, 8);
        for (var i = 0; i < 21; i++) {
            Onboarding.register(new HttpVisitor(), Person.newJobSeeker(surname + " Same"));
        }
        var staff = Onboarding.signedIn(Person.administrator());
        var page = staff.open("/staff/accounts");

        var first = staff.ajax(page, "accounts", "search", Map.of("prefix", surname));
        var second = staff.ajax(page, "accounts", "next", Map.of());
        var back = staff.ajax(page, "accounts", "previous", Map.of());

        assertThat(accountIds(first)).hasSize(20).doesNotHaveDuplicates();
        assertThat(first.text()).contains("Accounts 1 to 20, more follow.");
        assertThat(accountIds(second)).hasSize(1).doesNotContainAnyElementsOf(accountIds(first));
        assertThat(second.text()).contains("Accounts 21 to 21.");
        assertThat(second.body()).containsPattern("<button[^>]*id=\"accounts:next\"[^>]*disabled");
        assertThat(accountIds(back)).isEqualTo(accountIds(first));
    }

    @Test
    void answersServerErrorAfterAnExceptionInAPageAndOkForTheErrorPageOpenedDirectly() {
        var visitor = new HttpVisitor();
        var page = visitor.get("/failing-page");

        var failed = visitor.submit(page, "failing", "Fail", Map.of());
        var shown = visitor.follow(failed);
        var direct = new HttpVisitor().get("/error");

        assertThat(shown.status()).isEqualTo(500);
        assertThat(shown.text()).contains("Something went wrong");
        assertThat(direct.status()).isEqualTo(200);
    }

    @Test
    void leavesNoCookieBehindASignOut() {
        var visitor = Onboarding.signedIn(Onboarding.verifiedJobSeeker("Leaving Cleanly"));
        var profile = visitor.open("/account/profile");

        var answer = visitor.follow(visitor.submit(profile, "signOut", "Sign out", Map.of()));

        assertThat(answer.text()).contains("You are signed out.");
        assertThat(visitor.cookieNames()).isEmpty();
    }

    @Test
    void endsOtherSessionsWhenThePasswordChanges() {
        var person = Onboarding.verifiedJobSeeker("Two Laptops");
        var here = Onboarding.signedIn(person);
        var elsewhere = Onboarding.signedIn(person);

        var changed =
                here.submit(
                        here.open("/account/password"),
                        "password",
                        "Change password",
                        Map.of(
                                "currentPassword",
                                person.password(),
                                "newPassword",
                                "a fresh passphrase here"));

        assertThat(changed.text()).contains("Your password is changed.");
        assertThat(here.get("/account/profile").status()).isEqualTo(200);
        assertThat(elsewhere.get("/account/profile").location()).contains(SiteAddress.of("/login"));
    }

    @Test
    void answersNotFoundForAnUnknownAccountAndCopesWithAnyOutboxPage() {
        var staff = Onboarding.signedIn(Person.administrator());

        var unknown = staff.get("/staff/account?id=00000000-0000-0000-0000-000000000000");
        var far = staff.get("/staff/outbox?page=2147483647");
        var nonsense = staff.get("/staff/outbox?page=abc");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("Account not found");
        assertThat(far.status()).isEqualTo(200);
        assertThat(far.text()).doesNotContain("Older");
        assertThat(nonsense.status()).isEqualTo(200);
        assertThat(nonsense.text()).doesNotContain("Older");
    }

    @Test
    void refusesAnOverlongNameWithAMessageInsteadOfCuttingIt() {
        var person = Person.newJobSeeker("Ö".repeat(10_000));

        var answer = Onboarding.register(new HttpVisitor(), person);

        assertThat(answer.isRedirect()).isFalse();
        assertThat(answer.messageFor("register:fullName")).contains("Use at most 200 characters.");
    }

    private static List<String> accountIds(Page page) {
        var links = Pattern.compile("/staff/account\\?id=([0-9a-f-]{36})").matcher(page.body());
        return links.results().map(m -> m.group(1)).toList();
    }
}
