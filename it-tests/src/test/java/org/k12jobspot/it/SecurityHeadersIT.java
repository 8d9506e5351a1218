package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hardening headers on every answer of the site: every page the WAR holds (read from the WAR,
 * so a new page is tested without anyone listing it), as the role that can open it, and style
 * sheets, scripts, downloads, 403 and 404 answers. Pages carry a script policy with a nonce that
 * every inline script of the page has, and no inline event handler the policy would block.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern EVENT_HANDLER =
            Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_SHEET =
            Pattern.compile("href=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+\\.css[^\"]*)\"");
    private static final Pattern SCRIPT_FILE =
            Pattern.compile("src=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+\\.js[^\"]*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @Test
    void sendsTheHeadersAndNoStoreOnEveryPageOfTheWarAsTheRoleThatOpensIt() throws IOException {
        var anonymous = new HttpVisitor();
        var seeker = Onboarding.signedIn(Onboarding.verifiedJobSeeker("Harriet Headers"));
        var admin = Onboarding.signedIn(Person.administrator());
        var soft = new SoftAssertions();

        var pages = pagesOfTheWar();
        for (var path : pages) {
            var visitor =
                    path.startsWith("/account/")
                            ? seeker
                            : path.startsWith("/staff/") ? admin : anonymous;
            var page = visitor.get(path);
            soft.assertThat(page.status()).as("status of %s", path).isLessThan(500);
            if (visitor == anonymous) {
                // The nonce must not cost an anonymous visitor a session.
                soft.assertThat(page.setCookies()).as("cookies set by %s", path).isEmpty();
            }
            hasHardeningHeaders(soft, page, path);
            soft.assertThat(page.headers().firstValue("Cache-Control"))
                    .as("Cache-Control of %s", path)
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            if (page.status() == 200 && page.body().contains("<html")) {
                runsOnlyScriptsWithTheNonce(soft, page, path);
            }
        }

        assertThat(pages).contains("/", "/register", "/staff/accounts", "/account/profile");
        soft.assertAll();
    }

    @Test
    void sendsTheHeadersWithRefusalsErrorsDownloadsAndResources() {
        var seeker = Onboarding.signedIn(Onboarding.verifiedJobSeeker("Rupert Resources"));
        var admin = Onboarding.signedIn(Person.administrator());
        var soft = new SoftAssertions();
        var answers = new ArrayList<Page>();

        answers.add(seeker.get("/staff/accounts"));
        answers.add(new HttpVisitor().get("/no-such-page"));
        answers.add(new HttpVisitor().get("/WEB-INF/templates/page.xhtml"));
        answers.add(seeker.get("/account/export"));
        answers.add(admin.get("/staff/analytics.csv"));
        answers.add(admin.get("/staff/released-profiles.json?employer=unknown"));
        answers.add(new HttpVisitor().get("/health"));
        var home = new HttpVisitor().get("/");
        for (var pattern : List.of(STYLE_SHEET, SCRIPT_FILE)) {
            var link = pattern.matcher(home.body());
            assertThat(link.find()).as("a resource %s on the home page", pattern).isTrue();
            answers.add(new HttpVisitor().get(Html.decode(link.group(1))));
        }

        assertThat(answers.get(0).status()).isEqualTo(403);
        assertThat(answers.get(1).status()).isEqualTo(404);
        assertThat(answers.get(3).status()).isEqualTo(200);
        assertThat(answers.get(3).headers().firstValue("Cache-Control")).hasValue("no-store");
        for (var answer : answers) {
            var what = answer.uri().getPath() + " (" + answer.status() + ")";
            soft.assertThat(answer.status()).as("status of %s", what).isLessThan(500);
            hasHardeningHeaders(soft, answer, what);
        }
        soft.assertAll();
    }

    private static void hasHardeningHeaders(SoftAssertions soft, Page page, String what) {
        var headers = page.headers();
        soft.assertThat(headers.allValues("Content-Security-Policy"))
                .as("one Content-Security-Policy on %s", what)
                .singleElement()
                .satisfies(
                        csp -> {
                            assertThat(csp).contains("frame-ancestors 'none'");
                            assertThat(csp).containsPattern("(default|script)-src");
                            assertThat(scriptSources(csp))
                                    .doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*");
                        });
        soft.assertThat(headers.firstValue("X-Content-Type-Options"))
                .as("nosniff on %s", what)
                .hasValue("nosniff");
        soft.assertThat(headers.firstValue("X-Frame-Options"))
                .as("X-Frame-Options on %s", what)
                .hasValue("DENY");
        soft.assertThat(headers.firstValue("Referrer-Policy"))
                .as("Referrer-Policy on %s", what)
                .hasValueSatisfying(
                        v -> assertThat(v).isIn("no-referrer", "same-origin", "strict-origin"));
    }

    private static void runsOnlyScriptsWithTheNonce(SoftAssertions soft, Page page, String path) {
        var csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        var nonce = NONCE.matcher(csp);
        soft.assertThat(nonce.find()).as("a script nonce in the policy of %s", path).isTrue();
        if (nonce.find(0)) {
            var scripts = INLINE_SCRIPT.matcher(page.body());
            while (scripts.find()) {
                soft.assertThat(scripts.group())
                        .as("an inline script of %s", path)
                        .contains("nonce=\"" + nonce.group(1) + "\"");
            }
        }
        soft.assertThat(page.body())
                .as("inline event handlers on %s", path)
                .doesNotContainPattern(EVENT_HANDLER);
    }

    /** The sources scripts may come from: script-src, or default-src when there is none. */
    private static String scriptSources(String csp) {
        String fallback = "";
        for (var directive : csp.split(";")) {
            var words = directive.strip();
            if (words.startsWith("script-src ")) {
                return words;
            }
            if (words.startsWith("default-src ")) {
                fallback = words;
            }
        }
        return fallback;
    }

    /** Every page of the WAR at its clean address: each {@code .xhtml} outside WEB-INF. */
    static List<String> pagesOfTheWar() throws IOException {
        var war = new File(System.getProperty("k12.war", "target/k12jobspot.war"));
        try (var zip = new ZipFile(war)) {
            return zip.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.endsWith(".xhtml"))
                    .filter(n -> !n.startsWith("WEB-INF/") && !n.startsWith("resources/"))
                    .map(n -> n.substring(0, n.length() - ".xhtml".length()))
                    .map(n -> n.equals("index") ? "/" : "/" + n)
                    .sorted()
                    .toList();
        }
    }
}
