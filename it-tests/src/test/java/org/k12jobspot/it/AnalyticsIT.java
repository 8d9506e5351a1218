package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.analytics.api.Tally;
import org.k12jobspot.analytics.api.TrafficReports;
import org.k12jobspot.analytics.internal.RecordedTraffic;

/**
 * Aggregate-only analytics inside the running product: visits through a trusted proxy with a
 * distinctive address and user agent leave counts, and neither string anywhere in the database, the
 * data directory or the server log. The test server trusts 127.0.0.1 as a proxy.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsIT {

    private static final String FIREFOX_ON_LINUX =
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0; Canary-%s) Gecko/20100101 Firefox/128.0";
    private static final String CHROME_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0.0.0 Safari/537.36";

    @Inject RecordedTraffic traffic;
    @Inject TrafficReports reports;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        AnalyticsIT.class,
                        Canary.class,
                        Canary.CapturedLog.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        SiteAddress.class,
                        Onboarding.class,
                        Person.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @Test
    void keepsNeitherTheVisitorsAddressNorUserAgentInAnyTableFileOrLogLine() throws Exception {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var address = "198.51.100." + (100 + (int) (Math.random() * 150));
        var userAgent = FIREFOX_ON_LINUX.formatted(token);
        var log = new Canary.CapturedLog();
        Logger.getLogger("").addHandler(log);
        try {
            for (var path :
                    List.of("/", "/privacy", "/register", "/login?email=canary@example.org")) {
                assertThat(visit(path, address, userAgent, "https://search.example/?q=" + token))
                        .isEqualTo(200);
            }
            assertThat(visit("/Canary-" + token, address, userAgent, null)).isEqualTo(404);

            for (var waited = 0; !traffic.allReduced() && waited < 120; waited++) {
                Thread.sleep(500);
            }
            traffic.flush();
            Logger.getLogger(AnalyticsIT.class.getName()).info("analytics canary visits done");
        } finally {
            Logger.getLogger("").removeHandler(log);
        }

        var canaries = Canary.of(address, userAgent, token);
        DataSource database = InitialContext.doLookup("java:app/jdbc/k12");
        var tables = Canary.tablesText(database);
        assertThat(tables).contains("ANALYTICS_DAILY_COUNTS");
        assertThat(canaries.foundIn(tables)).as("database").isEmpty();
        var dataDir = Path.of(System.getProperty("k12.data.dir", "data"));
        assertThat(canaries.foundIn(Canary.filesText(dataDir))).as("data directory").isEmpty();
        assertThat(log.text()).as("server log").contains("analytics canary visits done");
        assertThat(canaries.foundIn(log.text())).as("server log").isEmpty();
        var today = LocalDate.now(ZoneOffset.UTC);
        var report = reports.between(today, today);
        assertThat(report.browsers()).extracting(Tally::label).contains("Firefox 128");
        assertThat(report.systems()).extracting(Tally::label).contains("Linux");
        assertThat(report.routes()).extracting(Tally::label).contains("/privacy", "(not found)");
        assertThat(report.referrers()).extracting(Tally::label).contains("search.example");
        assertThat(report.days())
                .singleElement()
                .satisfies(d -> assertThat(d.visitors()).isPositive());
    }

    @Test
    @RunAsClient
    void showsStaffTheVisitsWithBrowserAndSystemParsed() throws Exception {
        for (var i = 0; i < 3; i++) {
            assertThat(visit("/privacy", null, CHROME_ON_WINDOWS, null)).isEqualTo(200);
        }
        var staff = Onboarding.signedIn(Person.administrator());

        var page = staff.get("/staff/analytics");
        for (var waited = 0; !page.text().contains("Chrome 131") && waited < 60; waited++) {
            Thread.sleep(1000);
            page = staff.get("/staff/analytics");
        }

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Site analytics</h1>").contains("<canvas");
        // The page lists the ten largest rows of each table; other tests of this build visit
        // many routes, so the route is looked for in the CSV, which has every row.
        assertThat(page.text()).contains("Chrome 131", "Windows NT");
        var csv = staff.get("/staff/analytics.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/csv");
        assertThat(csv.body()).contains("\"browser\",\"Chrome 131\"");
        assertThat(csv.body()).contains("\"/privacy\"");
    }

    @Test
    @RunAsClient
    void drawsEveryChartOfTheDashboardInTheBrowser() throws Exception {
        assertThat(visit("/privacy", null, CHROME_ON_WINDOWS, null)).isEqualTo(200);
        var admin = Person.administrator();

        try (var browser = Browser.start()) {
            browser.open("/login");
            browser.fillIn("Email address", admin.email());
            browser.fillIn("Password", admin.password());
            browser.submit("Sign in");
            browser.open("/staff/analytics");

            assertThat(browser.text()).contains("Site analytics", "Visits per day");
            var canvases = browser.all("canvas").size();
            var drawn =
                    browser.script(
                            "return Object.values(PrimeFaces.widgets)"
                                    + ".filter(w => w && w.chart && w.chart.canvas).length");
            assertThat(canvases).isPositive();
            assertThat(((Number) drawn).intValue()).isEqualTo(canvases);
        }
    }

    @Test
    @RunAsClient
    void keepsTheDashboardFromAnonymousVisitors() {
        var page = new HttpVisitor().get("/staff/analytics");

        assertThat(page.isRedirect() || page.status() == 401 || page.status() == 403).isTrue();
        assertThat(page.body()).doesNotContain("Site analytics");
    }

    /** One GET with the given headers, from this machine (a trusted proxy for the test server). */
    private static int visit(String path, String forwardedFor, String userAgent, String referrer)
            throws IOException, InterruptedException {
        var port = System.getProperty("k12.port", System.getProperty("it.http.port", "18080"));
        var request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("User-Agent", userAgent);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (referrer != null) {
            request.header("Referer", referrer);
        }
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
