package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A normal stop writes the analytics counts still buffered: the product runs in its own process
 * with a write interval of an hour, is stopped right after the visits and started again, and the
 * visits are in the stored counts.
 */
class AnalyticsStopIT {

    /** Beside the Arquillian ports of this build, so parallel builds on other ports do not meet. */
    private static final int PORT = Integer.getInteger("it.http.port", 18080) + 7;

    private static final Person ADMIN =
            new Person(
                    "Site administrator", "stop-admin@k12jobspot.example", "stop admin password");
    private static final String FIREFOX_ON_LINUX =
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Test
    void writesTheBufferedCountsWhenTheProductStops() throws Exception {
        var settings =
                List.of(
                        "-Dk12.admin.email=" + ADMIN.email(),
                        "-Dk12.admin.password=" + ADMIN.password(),
                        "-Dk12.analytics.flush.seconds=3600");
        var dataDir =
                Files.createTempDirectory(
                        Path.of(System.getProperty("it.target", "target")).toAbsolutePath(),
                        "analytics-stop-");
        try (var server = new PayaraProcess(dataDir, PORT, settings)) {
            server.start();
            try (var http = HttpClient.newHttpClient()) {
                for (var i = 0; i < 3; i++) {
                    var visit =
                            HttpRequest.newBuilder(server.base().resolve("/privacy"))
                                    .header("User-Agent", FIREFOX_ON_LINUX)
                                    .build();
                    assertThat(
                                    http.send(visit, HttpResponse.BodyHandlers.discarding())
                                            .statusCode())
                            .isEqualTo(200);
                }
            }

            server.stop();
            server.start();

            var staff = new HttpVisitor(server.base());
            staff.follow(Onboarding.signIn(staff, ADMIN));
            var csv = staff.get("/staff/analytics.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body()).contains("\"route\",\"/privacy\",\"3\"");
        }
    }
}
