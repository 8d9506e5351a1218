package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The product keeps what people saved across a restart: it runs as the run command runs it, in its
 * own process over a data directory on disk, and is stopped and started again in between.
 */
class RestartIT {

    private static final int PORT = 18181;
    private static final Pattern VERIFY_TOKEN = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)");
    private static final String ADMIN_EMAIL = "restart-admin@k12jobspot.example";
    private static final String ADMIN_PASSWORD = "restart admin password";
    private static final Pattern ONE_TIME_PASSWORD =
            Pattern.compile("choose a new one:\\s+([A-Za-z0-9]{20})\\s");

    @Test
    void keepsAProfileAndItsCertificationsAcrossARestart() throws Exception {
        var dataDir = Files.createTempDirectory(target(), "restart-data-");
        var email = "restart-" + UUID.randomUUID() + "@example.org";
        var settings =
                List.of(
                        "-Dk12.admin.email=" + ADMIN_EMAIL,
                        "-Dk12.admin.password=" + ADMIN_PASSWORD);
        try (var server = new PayaraProcess(dataDir, PORT, settings)) {
            server.start();
            var teacher = new Visitor(server.base());
            register(teacher, email);
            verifyThroughTheOutbox(server, email);
            signIn(teacher, email, "a long enough password");
            teacher.get("/account/profile");
            teacher.ajax(
                    "/account/profile",
                    "certification",
                    "saveCertification",
                    Map.of(
                            "title",
                            "Early Childhood Education (Birth–Grade 2)",
                            "issuer",
                            "New York",
                            "number",
                            "",
                            "validUntil",
                            "2030-06-30"));
            teacher.ajax(
                    "/account/profile",
                    "certification",
                    "saveCertification",
                    Map.of(
                            "title",
                            "Students with Disabilities",
                            "issuer",
                            "",
                            "number",
                            "SWD-1",
                            "validUntil",
                            ""));
            server.stop();

            server.start();
            var returning = new Visitor(server.base());
            signIn(returning, email, "a long enough password");
            var profile = returning.get("/account/profile").body();

            assertThat(profile)
                    .contains(
                            "Siobhán O'Hara-Nuñez",
                            "Early Childhood Education (Birth–Grade 2)",
                            "Students with Disabilities",
                            "2030-06-30",
                            "SWD-1");
            assertThat(Files.readString(server.log()))
                    .as("personal data never reaches the server log")
                    .doesNotContain(email, "Siobhán", "O'Hara");
        }
    }

    @Test
    void printsAOneTimeAdministratorPasswordOnceAndRequiresANewOne() throws Exception {
        var dataDir = Files.createTempDirectory(target(), "first-admin-data-");
        var settings = List.of("-Dk12.admin.email=" + ADMIN_EMAIL);
        try (var server = new PayaraProcess(dataDir, PORT, settings)) {
            server.start();
            var printed = ONE_TIME_PASSWORD.matcher(Files.readString(server.log()));
            assertThat(printed.find()).as("one-time password on the console").isTrue();
            var admin = new Visitor(server.base());

            signIn(admin, ADMIN_EMAIL, printed.group(1));

            assertThat(admin.lastPage()).contains("Choose your own password to continue");
            assertThat(admin.get("/staff/accounts").uri().getPath()).isEqualTo("/account/password");

            admin.submit(
                    "/account/password",
                    "password",
                    "change",
                    Map.of("currentPassword", printed.group(1), "newPassword", ADMIN_PASSWORD));
            assertThat(admin.lastPage()).contains("Your password is changed");
            assertThat(admin.get("/staff/accounts").uri().getPath()).isEqualTo("/staff/accounts");
            server.stop();

            server.start();
            var log = Files.readString(server.log());
            assertThat(ONE_TIME_PASSWORD.matcher(log).results().count())
                    .as("the one-time password is printed once, on the first start only")
                    .isEqualTo(1);
            var returning = new Visitor(server.base());
            signIn(returning, ADMIN_EMAIL, ADMIN_PASSWORD);
            assertThat(returning.lastPage()).doesNotContain("Choose your own password");
        }
    }

    private static void register(Visitor visitor, String email) throws Exception {
        visitor.get("/register");
        var response =
                visitor.submit(
                        "/register",
                        "register",
                        "create",
                        Map.of(
                                "fullName",
                                "Siobhán O'Hara-Nuñez",
                                "email",
                                email,
                                "password",
                                "a long enough password"));
        assertThat(response.uri().getPath()).isEqualTo("/registered");
    }

    private static void verifyThroughTheOutbox(PayaraProcess server, String email)
            throws Exception {
        var staff = new Visitor(server.base());
        signIn(staff, ADMIN_EMAIL, ADMIN_PASSWORD);
        var outbox = staff.get("/staff/outbox").body();
        var mail = outbox.substring(outbox.indexOf(email));
        var token = VERIFY_TOKEN.matcher(mail);
        assertThat(token.find()).as("verification link in the outbox").isTrue();

        var visitor = new Visitor(server.base());
        visitor.get("/verify?token=" + token.group(1));
        visitor.submit(
                "/verify?token=" + token.group(1),
                "verify",
                "confirm",
                Map.of("token", token.group(1)));
        assertThat(visitor.lastPage()).contains("Your email address is confirmed");
    }

    private static void signIn(Visitor visitor, String email, String password) throws Exception {
        visitor.get("/login");
        visitor.submit("/login", "login", "signIn", Map.of("email", email, "password", password));
        assertThat(visitor.lastPage()).doesNotContain("do not match an account");
    }

    private static Path target() {
        return Path.of(System.getProperty("it.target", "target")).toAbsolutePath();
    }
}
