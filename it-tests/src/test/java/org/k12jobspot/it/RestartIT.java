package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The product keeps what people saved across a restart: it runs as the run command runs it, in its
 * own process over a data directory on disk, and is stopped and started again in between.
 */
class RestartIT {

    private static final int PORT = 18181;
    private static final Person ADMIN =
            new Person(
                    "Site administrator",
                    "restart-admin@k12jobspot.example",
                    "restart admin password");
    private static final Pattern ONE_TIME_PASSWORD =
            Pattern.compile("choose a new one:\\s+([A-Za-z0-9]{20})\\s");

    @Test
    void keepsAProfileAndItsCertificationsAcrossARestart() throws Exception {
        var teacher = Person.newJobSeeker("Siobhán O'Hara-Nuñez");
        var settings =
                List.of(
                        "-Dk12.admin.email=" + ADMIN.email(),
                        "-Dk12.admin.password=" + ADMIN.password());
        try (var server = new PayaraProcess(dataDir("restart-data-"), PORT, settings)) {
            server.start();
            var visitor = new HttpVisitor(server.base());
            assertThat(Onboarding.register(visitor, teacher).isRedirect()).isTrue();
            var staff = Onboarding.signedIn(new HttpVisitor(server.base()), ADMIN);
            Onboarding.confirm(visitor, Onboarding.verificationLinkFor(staff, teacher));
            Onboarding.signedIn(visitor, teacher);
            addCertification(
                    visitor,
                    "Early Childhood Education (Birth–Grade 2)",
                    "New York",
                    "",
                    "2030-06-30");
            addCertification(visitor, "Students with Disabilities", "", "SWD-1", "");
            server.stop();

            server.start();
            var returning = Onboarding.signedIn(new HttpVisitor(server.base()), teacher);
            var profile = returning.open("/account/profile").text();

            assertThat(profile)
                    .contains(
                            "Siobhán O'Hara-Nuñez",
                            "Early Childhood Education (Birth–Grade 2)",
                            "Students with Disabilities",
                            "2030-06-30",
                            "SWD-1");
            assertThat(Files.readString(server.log()))
                    .as("personal data never reaches the server log")
                    .doesNotContain(teacher.email(), "Siobhán", "O'Hara");
        }
    }

    @Test
    void printsAOneTimeAdministratorPasswordOnceAndRequiresANewOne() throws Exception {
        var settings = List.of("-Dk12.admin.email=" + ADMIN.email());
        try (var server = new PayaraProcess(dataDir("first-admin-data-"), PORT, settings)) {
            server.start();
            var printed = ONE_TIME_PASSWORD.matcher(Files.readString(server.log()));
            assertThat(printed.find()).as("one-time password on the console").isTrue();
            var admin = new HttpVisitor(server.base());

            var signedIn = Onboarding.signIn(admin, ADMIN.withPassword(printed.group(1)));

            assertThat(admin.follow(signedIn).text())
                    .contains("Choose your own password to continue");
            assertThat(admin.get("/staff/accounts").location())
                    .hasValue(server.base().resolve("/account/password"));
            var changed =
                    admin.submit(
                            admin.open("/account/password"),
                            "password",
                            "Change password",
                            Map.of(
                                    "currentPassword",
                                    printed.group(1),
                                    "newPassword",
                                    ADMIN.password()));
            assertThat(changed.text()).contains("Your password is changed");
            assertThat(admin.get("/staff/accounts").status()).isEqualTo(200);
            server.stop();

            server.start();
            assertThat(ONE_TIME_PASSWORD.matcher(Files.readString(server.log())).results().count())
                    .as("the one-time password is printed once, on the first start only")
                    .isEqualTo(1);
            var returning = new HttpVisitor(server.base());
            var again = returning.follow(Onboarding.signIn(returning, ADMIN));
            assertThat(again.uri().getPath()).isEqualTo("/staff/accounts");
        }
    }

    private static void addCertification(
            HttpVisitor visitor, String title, String issuer, String number, String validUntil) {
        var profile = visitor.open("/account/profile");
        var answer =
                visitor.ajax(
                        profile,
                        "certification",
                        "saveCertification",
                        Map.of(
                                "title",
                                title,
                                "issuer",
                                issuer,
                                "number",
                                number,
                                "validUntil",
                                validUntil));
        assertThat(answer.body()).contains(title).doesNotContain("ui-message-error-detail");
    }

    private static Path dataDir(String prefix) throws Exception {
        return Files.createTempDirectory(
                Path.of(System.getProperty("it.target", "target")).toAbsolutePath(), prefix);
    }
}
