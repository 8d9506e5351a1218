package org.k12jobspot.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.k12jobspot.analytics.api.PageRequest;

class ReductionTest {

    private static final String FIREFOX_ON_LINUX =
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final Instant AT = Instant.parse("2026-03-14T15:09:26Z");
    private static final Agents AGENTS = new Agents();

    private final Reduction reduction =
            new Reduction(
                    Set.of("127.0.0.1"),
                    IpRanges.parse(List.of("203.0.113.0/24,Example School Network,US")),
                    AGENTS);

    @BeforeAll
    static void buildParser() {
        AGENTS.build(100);
    }

    @Test
    void keepsOnlyHourRouteReferringDomainBrowserSystemNetworkAndCountry() {
        var request =
                get(
                        "/register?email=maria@example.org",
                        "https://www.search.example/q?name=maria",
                        FIREFOX_ON_LINUX,
                        "127.0.0.1",
                        "203.0.113.45");

        var view = reduction.reduce(request, AT).orElseThrow();

        assertThat(view)
                .isEqualTo(
                        new PageView(
                                LocalDate.of(2026, 3, 14),
                                15,
                                "/register",
                                "search.example",
                                "Firefox 128",
                                "Linux",
                                "Example School Network",
                                "US"));
        assertThat(view.toString())
                .doesNotContain("203.0.113.45")
                .doesNotContain("maria")
                .doesNotContain("Mozilla");
    }

    @Test
    void ignoresForwardedForFromAPeerThatIsNoTrustedProxy() {
        var request = get("/", null, FIREFOX_ON_LINUX, "198.51.100.9", "203.0.113.45");

        var view = reduction.reduce(request, AT).orElseThrow();

        assertThat(view.network()).isEqualTo("unknown");
        assertThat(reduction.addressOf(request)).isEqualTo("198.51.100.9");
    }

    @Test
    void countsAnUnknownAgentAsOtherRatherThanQuotingItsUserAgent() {
        var request = get("/", null, "Canary-q7z3k9/1.0 (Windows NT 10.0)", "127.0.0.1", null);

        var view = reduction.reduce(request, AT).orElseThrow();

        assertThat(view.browser()).isIn("other", "unknown");
        assertThat(view.toString()).doesNotContain("Canary");
    }

    @ParameterizedTest
    @CsvSource({
        "/, /",
        "/index.xhtml, /",
        "/privacy.xhtml;jsessionid=ABC, /privacy",
        "/staff/account?id=3f2a, /staff/account",
        "/staff/account/3f2a9c1e-7b4d-4c2a-9f3e-1a2b3c4d5e6f, /staff/account/{id}",
        "/verify/abcdefghijklmnopqrstuvwxyz123, /verify/{id}",
        "/profiles/12345, /profiles/{id}",
        "/people/maria@example.org, /people/{id}",
    })
    void normalisesRoutesWithoutQueryStringOrIds(String path, String route) {
        var view = reduction.reduce(get(path, null, FIREFOX_ON_LINUX, "127.0.0.1", null), AT);

        assertThat(view).get().extracting(PageView::route).isEqualTo(route);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/jakarta.faces.resource/core.js.xhtml?ln=primefaces",
                "/resources/css/site.css",
                "/health",
                "/health/ready"
            })
    void countsNoStaticResourceOrHealthCheck(String path) {
        var view = reduction.reduce(get(path, null, FIREFOX_ON_LINUX, "127.0.0.1", null), AT);

        assertThat(view).isEmpty();
    }

    @Test
    void countsNoAjaxPostback() {
        var ajax =
                new PageRequest(
                        "POST", "/account/profile", 200, true, "localhost", null, null, "1", null);

        assertThat(reduction.reduce(ajax, AT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {302, 303, 403, 500})
    void countsNoRedirectOrErrorAsAPageView(int status) {
        var request =
                new PageRequest(
                        "GET",
                        "/account/profile",
                        status,
                        false,
                        "localhost",
                        null,
                        null,
                        "1",
                        null);

        assertThat(reduction.reduce(request, AT)).isEmpty();
    }

    @Test
    void countsUnknownPathsUnderOneRouteSoNoTypedPathIsKept() {
        var request =
                new PageRequest(
                        "GET", "/maria-gonzalez", 404, false, "localhost", null, null, "1", null);

        assertThat(reduction.reduce(request, AT))
                .get()
                .extracting(PageView::route)
                .isEqualTo("(not found)");
    }

    @ParameterizedTest
    @CsvSource({
        "'', (direct)",
        "http://localhost:8080/register, (this site)",
        "https://www.district.example.org/jobs?id=5, district.example.org",
        "http://192.0.2.1/page, (other)",
        "android-app://com.example, (other)",
    })
    void keepsOnlyTheReferringDomain(String referrer, String domain) {
        var view = reduction.reduce(get("/", referrer, FIREFOX_ON_LINUX, "127.0.0.1", null), AT);

        assertThat(view).get().extracting(PageView::referrer).isEqualTo(domain);
    }

    private static PageRequest get(
            String path, String referrer, String agent, String peer, String forwardedFor) {
        return new PageRequest(
                "GET", path, 200, false, "localhost", referrer, agent, peer, forwardedFor);
    }
}
