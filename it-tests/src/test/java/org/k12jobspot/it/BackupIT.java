package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Backups as an administrator takes them and an operator restores them: the product runs in its own
 * process, a backup is taken on the backups screen, data changes after it, the product stops, the
 * documented restore command runs, and after the start exactly the data of the backup moment is
 * there, except accounts erased after the backup, which the erasure journal has erased again. Also:
 * backups past their days are deleted, only administrators reach the screen, and with PostgreSQL
 * the screen leaves backups to the database's operator.
 */
class BackupIT {

    /** Beside the Arquillian ports of this build, so parallel builds on other ports do not meet. */
    private static final int PORT = Integer.getInteger("it.http.port", 18080) + 15;

    private static final int POSTGRES_PORT = PORT + 1;
    private static final Person ADMIN =
            new Person(
                    "Site administrator",
                    "backup-admin@k12jobspot.example",
                    "backup admin password");
    private static final Pattern INVITATION =
            Pattern.compile("(http://\\S+/reset-password\\?token=[A-Za-z0-9_-]+)");
    private static final DateTimeFormatter BACKUP_NAME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    @Test
    void restoresExactlyTheDataOfTheMomentABackupWasTaken() throws Exception {
        var dataDir = dataDir("backup-data-");
        var backups = dataDir.resolve("backups");
        var expired = oldBackup(backups, Duration.ofDays(4));
        var recent = oldBackup(backups, Duration.ofDays(2));
        var teacher = Person.newJobSeeker("Zoë Ní Bhriain-Øster");
        var colleague = Person.newJobSeeker("Mátyás O'Brien");
        var latecomer = Person.newJobSeeker("Chidi Okonkwo-Adébáyọ");
        var leaver = Person.newJobSeeker("Siân O'Leary-Ngũgĩ");
        var staff = staffPerson("Tomás Ó Ceallaigh");
        var settings =
                List.of(
                        "-Dk12.admin.email=" + ADMIN.email(),
                        "-Dk12.admin.password=" + ADMIN.password(),
                        "-Dk12.backup.keep.days=3",
                        "-Dk12.backup.every.hours=0");
        try (var server = new PayaraProcess(dataDir, PORT, settings)) {
            server.start();
            var admin = Onboarding.signedIn(new HttpVisitor(server.base()), ADMIN);
            var seeker = enrol(server, admin, teacher);
            enrol(server, admin, colleague);
            var leaving = enrol(server, admin, leaver);
            var canary = "Canary licence " + UUID.randomUUID();
            addCertification(leaving, canary);
            addCertification(seeker, "Reading Specialist (K–12)");
            addStaff(server, admin, staff);

            var taken =
                    admin.submit(
                            admin.open("/staff/backups"), "backup", "Take a backup now", Map.of());

            assertThat(taken.status()).isEqualTo(200);
            assertThat(taken.text()).contains("Backup taken at", "and checked");
            var backup = onlyNewBackup(backups, recent);
            assertThat(taken.text()).contains(backup.getFileName().toString());
            assertThat(expired).as("a backup older than the days to keep").doesNotExist();
            assertThat(recent).as("a backup within the days to keep").exists();

            addCertification(seeker, "Bilingual Extension");
            enrol(server, admin, latecomer);
            deleteOwnAccount(leaving, leaver);
            var journal = dataDir.resolve("erasures.journal");
            assertThat(Files.readAllLines(journal))
                    .as("the erasure journal names the erased account once, by id only")
                    .singleElement()
                    .asString()
                    .endsWith(" OWN_REQUEST")
                    .doesNotContain(leaver.email(), "Siân", "Leary");
            var leaverId = Files.readAllLines(journal).get(0).split(" ")[1];
            var after =
                    admin.submit(
                            admin.open("/staff/backups"), "backup", "Take a backup now", Map.of());
            assertThat(after.text()).contains("Backup taken at");
            assertThat(tableFilesHolding(newestBackup(backups), canary))
                    .as("a backup taken after an erasure holds none of it in its tables")
                    .isEmpty();
            assertThat(restore(dataDir, backup).status())
                    .as("the restore command refuses while the site runs")
                    .isEqualTo(2);
            server.stop();

            var restored = restore(dataDir, backup);

            assertThat(restored.status()).as(restored.output()).isZero();
            assertThat(journal).as("the restore keeps the erasure journal").isRegularFile();
            server.start();
            var returning = Onboarding.signedIn(new HttpVisitor(server.base()), teacher);
            assertThat(returning.open("/account/profile").text())
                    .contains("Zoë Ní Bhriain-Øster", "Reading Specialist (K–12)")
                    .doesNotContain("Bilingual Extension");
            assertThat(Onboarding.signIn(new HttpVisitor(server.base()), latecomer).isRedirect())
                    .as("an account registered after the backup is gone")
                    .isFalse();
            assertThat(Onboarding.signIn(new HttpVisitor(server.base()), leaver).isRedirect())
                    .as("an account erased after the backup is erased again")
                    .isFalse();
            assertThat(Files.readString(server.log()))
                    .contains("Account " + leaverId + " came back with a restored database");
            assertThat(Files.readAllLines(journal)).hasSize(1);
            var staffView = Onboarding.signedIn(new HttpVisitor(server.base()), staff);
            assertThat(staffView.open("/staff/requests").text())
                    .contains("Erased again after a restore");
            assertThat(Files.readString(server.log()))
                    .as("personal data never reaches the server log")
                    .doesNotContain(teacher.email(), "Zoë", "Bhriain", latecomer.email())
                    .doesNotContain(leaver.email(), "Siân", "Leary");
        }
    }

    @Test
    void takesScheduledBackupsAndOpensTheScreenToAdministratorsOnly() throws Exception {
        var dataDir = dataDir("backup-roles-");
        var overdue = oldBackup(dataDir.resolve("backups"), Duration.ofHours(7));
        var teacher = Person.newJobSeeker("Siobhán Ó Briain");
        var colleague = staffPerson("Anaïs Dupont-Lefèvre");
        var settings =
                List.of(
                        "-Dk12.admin.email=" + ADMIN.email(),
                        "-Dk12.admin.password=" + ADMIN.password(),
                        "-Dk12.backup.every.hours=6",
                        "-Dk12.backup.look.seconds=2");
        try (var server = new PayaraProcess(dataDir, PORT, settings)) {
            server.start();
            var admin = Onboarding.signedIn(new HttpVisitor(server.base()), ADMIN);
            enrol(server, admin, teacher);
            addStaff(server, admin, colleague);
            var scheduled = awaitNewBackup(dataDir.resolve("backups"), overdue);

            var seeker = Onboarding.signedIn(new HttpVisitor(server.base()), teacher);
            var staff = Onboarding.signedIn(new HttpVisitor(server.base()), colleague);
            var administrator = Onboarding.signedIn(new HttpVisitor(server.base()), ADMIN);

            assertThat(seeker.get("/staff/backups").status()).isEqualTo(403);
            assertThat(staff.get("/staff/accounts").status()).isEqualTo(200);
            assertThat(staff.get("/staff/backups").status()).isEqualTo(403);
            assertThat(staff.get("/staff/backups.xhtml").status()).isEqualTo(403);
            var screen = administrator.get("/staff/backups");
            assertThat(screen.status()).isEqualTo(200);
            assertThat(screen.text())
                    .contains("A backup is taken every 6 hours", "kept for 7 days")
                    .contains(scheduled.getFileName().toString());
        }
    }

    @Test
    void leavesBackupsOfAPostgresqlDatabaseToItsOperator() throws Exception {
        var database = System.getProperty("it.pg.database", "test");
        var user = System.getProperty("it.pg.user", "postgres");
        var base = "jdbc:postgresql://127.0.0.1:5432/" + database;
        assumeTrue(
                System.getenv("CI") != null || postgresAnswers(base, user),
                "PostgreSQL on 127.0.0.1:5432");
        var schema = "backup_it_" + UUID.randomUUID().toString().substring(0, 8);
        postgres(base, user, "create schema " + schema);
        var dataDir = dataDir("backup-postgres-");
        var settings =
                List.of(
                        "-Dk12.db.url=" + base + "?currentSchema=" + schema,
                        "-Dk12.db.user=" + user,
                        "-Dk12.admin.email=" + ADMIN.email(),
                        "-Dk12.admin.password=" + ADMIN.password());
        try (var server = new PayaraProcess(dataDir, POSTGRES_PORT, settings)) {
            server.start();
            var admin = Onboarding.signedIn(new HttpVisitor(server.base()), ADMIN);

            var screen = admin.get("/staff/backups");

            assertThat(screen.status()).isEqualTo(200);
            assertThat(screen.text()).contains("database operator's job", "pg_dump");
            assertThat(screen.body()).doesNotContain("Take a backup now");
            assertThat(Files.readString(server.log()))
                    .contains("No scheduled backups: the database is kept by its operator");
            assertThat(dataDir.resolve("backups")).doesNotExist();
        } finally {
            postgres(base, user, "drop schema " + schema + " cascade");
        }
    }

    /** Registers the person and confirms the address; the person's signed-in visitor. */
    private static HttpVisitor enrol(PayaraProcess server, HttpVisitor admin, Person person) {
        var visitor = new HttpVisitor(server.base());
        assertThat(Onboarding.register(visitor, person).isRedirect()).isTrue();
        Onboarding.confirm(visitor, Onboarding.verificationLinkFor(admin, person));
        return Onboarding.signedIn(visitor, person);
    }

    private static void addCertification(HttpVisitor visitor, String title) {
        var answer =
                visitor.ajax(
                        visitor.open("/account/profile"),
                        "certification",
                        "saveCertification",
                        Map.of("title", title, "issuer", "", "number", "", "validUntil", ""));
        assertThat(answer.body()).contains(title).doesNotContain("ui-message-error-detail");
    }

    /** A backup directory as the product names them, taken {@code age} ago. */
    private static Path oldBackup(Path backups, Duration age) throws IOException {
        var dir = backups.resolve(BACKUP_NAME.format(Instant.now().minus(age)));
        Files.createDirectories(dir.resolve("derby"));
        Files.writeString(dir.resolve("derby/service.properties"), "# stand-in\n");
        return dir;
    }

    /** Waits for the schedule to take a backup, the last one being overdue. */
    private static Path awaitNewBackup(Path backups, Path overdue) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (var dirs = Files.list(backups)) {
                var made =
                        dirs.filter(d -> !d.equals(overdue))
                                .filter(d -> !d.getFileName().toString().startsWith("."))
                                .toList();
                if (!made.isEmpty()) {
                    return made.get(0);
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("No scheduled backup within a minute");
    }

    private static Path newestBackup(Path backups) throws IOException {
        try (var dirs = Files.list(backups)) {
            return dirs.filter(d -> !d.getFileName().toString().startsWith("."))
                    .max(Comparator.comparing(d -> d.getFileName().toString()))
                    .orElseThrow();
        }
    }

    /** Files of the backup's tables (not its transaction log) in which the text occurs. */
    private static List<Path> tableFilesHolding(Path backup, String text) throws IOException {
        try (var files = Files.walk(backup)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getParent().getFileName().toString().equals("log"))
                    .filter(file -> holds(file, text))
                    .toList();
        }
    }

    private static boolean holds(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path onlyNewBackup(Path backups, Path recent) throws IOException {
        try (var dirs = Files.list(backups)) {
            var made = dirs.filter(d -> !d.equals(recent)).toList();
            assertThat(made).as("one new backup, no work directories left").hasSize(1);
            assertThat(made.get(0).resolve("derby/service.properties")).isRegularFile();
            return made.get(0);
        }
    }

    /** Runs the README's restore command over the data directory. */
    private static Outcome restore(Path dataDir, Path backup) throws Exception {
        var root =
                Path.of(System.getProperty("it.target")).toAbsolutePath().getParent().getParent();
        var command =
                new ProcessBuilder(root.resolve("bin/restore-backup").toString(), backup.toString())
                        .directory(root.toFile())
                        .redirectErrorStream(true);
        command.environment().put("K12_DATA_DIR", dataDir.toString());
        command.environment().put("K12_WAR", System.getProperty("k12.war"));
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        command.environment().remove("K12_DB_URL");
        var process = command.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), output);
    }

    /** Someone the administrator adds to the staff, with a work address of their own. */
    private static Person staffPerson(String fullName) {
        var unique = UUID.randomUUID().toString();
        return new Person(
                fullName,
                "staff-" + unique + "@k12jobspot.example",
                "staff room kettle " + unique.substring(0, 8));
    }

    /**
     * Adds the person to the staff on the administrator's staff screen; the person chooses their
     * password through the link in the invitation, read in the outbox.
     */
    private static void addStaff(PayaraProcess server, HttpVisitor admin, Person person) {
        var added =
                admin.submit(
                        admin.open("/staff/members"),
                        "add",
                        "Add staff member",
                        Map.of(
                                "fullName", person.fullName(),
                                "email", person.email(),
                                "role", "STAFF"));
        assertThat(added.pageMessages()).anyMatch(m -> m.startsWith("Staff member added."));
        var mail =
                Pattern.compile(
                                "<article class=\"mail\">(?:(?!</article>).)*To "
                                        + Pattern.quote(person.email())
                                        + "(?:(?!</article>).)*</article>",
                                Pattern.DOTALL)
                        .matcher(admin.open("/staff/outbox").body());
        assertThat(mail.find()).as("the invitation in the outbox").isTrue();
        var link = INVITATION.matcher(mail.group());
        assertThat(link.find()).as("a link in the invitation").isTrue();
        var visitor = new HttpVisitor(server.base());
        var chosen =
                visitor.submit(
                        visitor.open(Html.decode(link.group(1))),
                        "reset",
                        "Set new password",
                        Map.of(
                                "newPassword", person.password(),
                                "repeatPassword", person.password()));
        assertThat(chosen.status()).isLessThan(400);
        Onboarding.signedIn(new HttpVisitor(server.base()), person);
    }

    /** The person deletes their own account on the site, as AccountDeletionIT does. */
    private static void deleteOwnAccount(HttpVisitor visitor, Person person) {
        var answer =
                visitor.submit(
                        visitor.open("/account/delete"),
                        "delete",
                        "Delete my account for good",
                        Map.of("password", person.password(), "confirmed", "on"));
        assertThat(answer.isRedirect()).as("the account is deleted").isTrue();
    }

    private static boolean postgresAnswers(String url, String user) {
        try (var c = DriverManager.getConnection(url, login(user))) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void postgres(String url, String user, String sql) throws SQLException {
        try (var c = DriverManager.getConnection(url, login(user));
                var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Properties login(String user) {
        var login = new Properties();
        login.setProperty("user", user);
        return login;
    }

    private static Path dataDir(String prefix) throws IOException {
        return Files.createTempDirectory(
                Path.of(System.getProperty("it.target", "target")).toAbsolutePath(), prefix);
    }

    private record Outcome(int status, String output) {}
}
