package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/**
 * Registration survives a crash whole or not at all. The product runs in its own process over
 * embedded Derby; a few clients register at once over HTTP while the test kills the server with
 * SIGKILL at random moments and starts it again, until every planned registration was sent. With
 * the server stopped, the test opens the database itself: every registration whose success answer
 * arrived is there, and every account there (acknowledged or not) has exactly the consent records,
 * the verification link and the queued verification mail its registration writes, and nothing of a
 * registration exists without its account.
 *
 * <p>The build runs a short form; {@code -Pcrash} runs 1,000 registrations and 20 kills. {@code
 * -Dit.crash.seed=…} replays a run's plan (the form's choices, the kill points and delays); the
 * moments themselves still depend on the machine's timing.
 */
class RegistrationCrashIT {

    /** Beside the Arquillian ports of this build, above every other test's offset. */
    private static final int PORT = Integer.getInteger("it.http.port", 18080) + 17;

    private static final Person ADMIN =
            new Person(
                    "Site administrator", "crash-admin@k12jobspot.example", "crash admin password");
    private static final List<String> ABROAD = List.of("CA", "MX", "DE", "FR", "JP", "BR", "IN");
    private static final Pattern POLICY_SHOWN =
            Pattern.compile("<input[^>]*name=\"register:policyShown\"[^>]*value=\"([^\"]+)\"");
    private static final String VERIFICATION_SUBJECT = "Confirm your email address for K12JobSpot";

    @Test
    void keepsEveryAcknowledgedRegistrationWholeWithItsConsentsAcrossKills() throws Exception {
        var registrations = setting("it.crash.registrations", 150);
        var kills = setting("it.crash.kills", 3);
        var clients = setting("it.crash.clients", 3);
        var seed = seed();
        System.out.printf(
                "Crash run: seed %d (replay with -Dit.crash.seed=%d), %d registrations,"
                        + " %d kills, %d clients%n",
                seed, seed, registrations, kills, clients);
        var random = new Random(seed);
        var plan = plan(random, registrations);
        var killPoints = killPoints(random, registrations, kills);
        var dataDir =
                Files.createTempDirectory(
                        Path.of(System.getProperty("it.target", "target")).toAbsolutePath(),
                        "crash-data-");
        var settings =
                List.of(
                        "-Dk12.admin.email=" + ADMIN.email(),
                        "-Dk12.admin.password=" + ADMIN.password(),
                        "-Dk12.backup.every.hours=0");
        var started = Instant.now();
        var run = new Run(plan);
        var killed = 0;

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try (var server = new PayaraProcess(dataDir, PORT, settings)) {
            server.start();
            run.open();
            var futures = new ArrayList<Future<?>>();
            for (var i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> run.registerUntilDone(server.base())));
            }
            for (var point : killPoints) {
                if (!run.awaitSent(point.afterSent(), futures)) {
                    break;
                }
                Thread.sleep(point.delayMillis());
                run.close();
                var pid = server.kill();
                killed++;
                System.out.printf(
                        "Kill %d: SIGKILL to %d after %d registrations sent, %d ms later%n",
                        killed, pid, run.sent(), point.delayMillis());
                server.start();
                run.open();
            }
            for (var future : futures) {
                future.get();
            }
            server.stop();
        } finally {
            pool.shutdownNow();
        }
        var stored = storedRegistrations(dataDir.resolve("derby"));
        var summary = run.summary(stored.accounts().keySet());
        System.out.printf(
                "Crash run: seed %d, %d kills, %d registrations sent, %d acknowledged, %d refused,"
                        + " %d unanswered (%d of them stored), %d accounts found, %d s%n",
                seed,
                killed,
                summary.sent(),
                summary.acknowledged(),
                summary.refused(),
                summary.unanswered(),
                summary.unansweredStored(),
                stored.accounts().size(),
                Duration.between(started, Instant.now()).toSeconds());

        assertThat(killed).as("kills (seed %d)", seed).isEqualTo(kills);
        assertThat(summary.sent()).isEqualTo(registrations);
        assertThat(run.missing(stored.accounts().keySet()))
                .as("acknowledged registrations missing after the kills (seed %d)", seed)
                .isEmpty();
        assertThat(incomplete(plan, run, stored))
                .as("accounts stored without everything registration writes (seed %d)", seed)
                .isEmpty();
        assertThat(stored.orphans())
                .as("rows of a registration without its account (seed %d)", seed)
                .isEmpty();
    }

    /** What each planned registration chooses on the form, from the seed. */
    private static List<Attempt> plan(Random random, int registrations) {
        var attempts = new ArrayList<Attempt>();
        for (var i = 0; i < registrations; i++) {
            var abroad = random.nextInt(4) == 0;
            attempts.add(
                    new Attempt(
                            i,
                            "Crash Candidate " + i,
                            "crash-" + i + "@it.k12jobspot.example",
                            "slate crayon ruler " + i,
                            random.nextBoolean(),
                            abroad ? ABROAD.get(random.nextInt(ABROAD.size())) : "US"));
        }
        return attempts;
    }

    /**
     * One kill in each of {@code kills} equal stretches of the run (so each restart sees some
     * registrations before the next kill), at a random point inside it and a random delay after.
     */
    private static List<KillPoint> killPoints(Random random, int registrations, int kills) {
        var points = new ArrayList<KillPoint>();
        var stretch = (double) registrations / (kills + 1);
        for (var k = 0; k < kills; k++) {
            var afterSent = (int) (stretch * (k + 0.5 + random.nextDouble()));
            points.add(new KillPoint(Math.max(1, afterSent), random.nextInt(400)));
        }
        return points;
    }

    /** Every stored account whose rows are not exactly those its registration writes. */
    private static List<String> incomplete(List<Attempt> plan, Run run, Stored stored) {
        var byEmail = plan.stream().collect(Collectors.toMap(Attempt::email, attempt -> attempt));
        var problems = new ArrayList<String>();
        for (var account : stored.accounts().values()) {
            var attempt = byEmail.get(account.email());
            if (attempt == null) {
                problems.add("account " + account.id() + " was never registered by this test");
                continue;
            }
            var label = "registration " + attempt.number() + " (account " + account.id() + ")";
            if (!account.fullName().equals(attempt.fullName())) {
                problems.add(label + ": another name");
            }
            var expected = attempt.consents(run.policyShown(attempt.number()));
            if (!sorted(stored.consents(account.id())).equals(sorted(expected))) {
                problems.add(
                        label
                                + ": consents "
                                + sorted(stored.consents(account.id()))
                                + ", expected "
                                + sorted(expected));
            }
            if (stored.verifyLinks(account.id()) != 1) {
                problems.add(label + ": " + stored.verifyLinks(account.id()) + " verify links");
            }
            var mails = stored.mails(account.id());
            if (mails.size() != 1 || !mails.getFirst().isVerificationTo(account.email())) {
                problems.add(label + ": mails " + mails + " instead of one verification mail");
            }
        }
        return problems;
    }

    private static List<String> sorted(Collection<String> lines) {
        return lines.stream().sorted().toList();
    }

    /** Opens the product's database in this JVM (the server is stopped) and reads it. */
    private static Stored storedRegistrations(Path database) throws SQLException {
        var derby = new EmbeddedDataSource();
        derby.setDatabaseName(database.toString());
        try (var db = derby.getConnection()) {
            return Stored.read(db);
        } finally {
            derby.setShutdownDatabase("shutdown");
            try {
                derby.getConnection().close();
            } catch (SQLException expected) {
                // Derby answers a clean shutdown with an exception.
            }
        }
    }

    private static int setting(String name, int fallback) {
        var value = System.getProperty(name, "");
        return value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    private static long seed() {
        var value = System.getProperty("it.crash.seed", "");
        return value.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(value.strip());
    }

    /** One registration of the plan: who registers and what they choose on the form. */
    private record Attempt(
            int number,
            String fullName,
            String email,
            String password,
            boolean marketing,
            String country) {

        Map<String, String> inputs() {
            var inputs = new HashMap<String, String>();
            inputs.put("fullName", fullName);
            inputs.put("email", email);
            inputs.put("password", password);
            inputs.put("countryOfResidence", country);
            inputs.put("policyAccepted", "on");
            if (marketing) {
                inputs.put("marketingEmail", "on");
            }
            if (!country.equals("US")) {
                inputs.put("transferAccepted", "on");
            }
            return inputs;
        }

        /** The ledger lines this registration writes, as {@link Stored} reads them. */
        List<String> consents(String policyVersion) {
            var lines = new ArrayList<String>();
            lines.add(consentLine("POLICY_ACCEPTANCE", policyVersion, null));
            if (marketing) {
                lines.add(consentLine("MARKETING_EMAIL", policyVersion, null));
            }
            if (!country.equals("US")) {
                lines.add(consentLine("US_TRANSFER", policyVersion, country));
            }
            return lines;
        }
    }

    private static String consentLine(String purpose, String policyVersion, String residence) {
        return purpose + " given at REGISTRATION, policy " + policyVersion + ", " + residence;
    }

    /** When to kill: once this many registrations were sent, and this long after. */
    private record KillPoint(int afterSent, int delayMillis) {}

    private enum Outcome {
        /** The success answer (a redirect to the registered page) arrived whole. */
        ACKNOWLEDGED,
        /** The server answered, but not with success. */
        REFUSED,
        /** The server died before its answer arrived. */
        UNANSWERED
    }

    /** What the clients share: the plan, the next registration to send, the outcomes. */
    private static final class Run {

        private final List<Attempt> plan;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger sent = new AtomicInteger();
        private final Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
        private final Map<Integer, String> policyShown = new ConcurrentHashMap<>();
        private boolean open;

        Run(List<Attempt> plan) {
            this.plan = plan;
        }

        synchronized void open() {
            open = true;
            notifyAll();
        }

        synchronized void close() {
            open = false;
        }

        private synchronized void awaitOpen() throws InterruptedException {
            while (!open) {
                wait();
            }
        }

        int sent() {
            return sent.get();
        }

        /** Waits until that many were sent; false when the clients finished first. */
        boolean awaitSent(int count, List<Future<?>> clients) throws Exception {
            while (sent.get() < count) {
                if (clients.stream().allMatch(Future::isDone)) {
                    for (var client : clients) {
                        client.get();
                    }
                    return false;
                }
                Thread.sleep(5);
            }
            return true;
        }

        /** One client: takes the next registration of the plan until none is left. */
        Void registerUntilDone(URI base) throws InterruptedException {
            var visitor = new HttpVisitor(base);
            Attempt attempt = null;
            var failedForms = 0;
            while (true) {
                if (attempt == null) {
                    var number = next.getAndIncrement();
                    if (number >= plan.size()) {
                        return null;
                    }
                    attempt = plan.get(number);
                }
                awaitOpen();
                Page form;
                try {
                    form = visitor.get("/register");
                } catch (AssertionError e) {
                    visitor = afterNoAnswer(e, base);
                    continue;
                }
                var shown = POLICY_SHOWN.matcher(form.body());
                if (form.status() != 200 || !shown.find()) {
                    if (++failedForms > 20) {
                        throw new AssertionError("The registration form answers " + form.status());
                    }
                    Thread.sleep(500);
                    continue;
                }
                policyShown.put(attempt.number(), shown.group(1));
                sent.incrementAndGet();
                Outcome outcome;
                try {
                    var answer =
                            visitor.submit(form, "register", "Create account", attempt.inputs());
                    var registered =
                            answer.status() == 302
                                    && answer.location()
                                            .map(URI::getPath)
                                            .filter("/registered"::equals)
                                            .isPresent();
                    outcome = registered ? Outcome.ACKNOWLEDGED : Outcome.REFUSED;
                    if (!registered) {
                        System.out.printf(
                                "Registration %d refused: %d %s%n",
                                attempt.number(), answer.status(), answer.pageMessages());
                    }
                } catch (AssertionError e) {
                    visitor = afterNoAnswer(e, base);
                    outcome = Outcome.UNANSWERED;
                }
                outcomes.put(attempt.number(), outcome);
                attempt = null;
            }
        }

        /** A fresh visitor after the server died: the old one's connections died with it. */
        private static HttpVisitor afterNoAnswer(AssertionError e, URI base) {
            if (!(e.getCause() instanceof IOException)) {
                throw e;
            }
            return new HttpVisitor(base);
        }

        String policyShown(int number) {
            return policyShown.get(number);
        }

        /** Acknowledged registrations whose address has no stored account. */
        List<Integer> missing(Collection<String> storedEmails) {
            return outcomes.entrySet().stream()
                    .filter(e -> e.getValue() == Outcome.ACKNOWLEDGED)
                    .map(Map.Entry::getKey)
                    .filter(number -> !storedEmails.contains(plan.get(number).email()))
                    .sorted()
                    .toList();
        }

        Summary summary(Collection<String> storedEmails) {
            var counts =
                    outcomes.values().stream()
                            .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
            var unansweredStored =
                    outcomes.entrySet().stream()
                            .filter(e -> e.getValue() == Outcome.UNANSWERED)
                            .filter(e -> storedEmails.contains(plan.get(e.getKey()).email()))
                            .count();
            return new Summary(
                    outcomes.size(),
                    counts.getOrDefault(Outcome.ACKNOWLEDGED, 0L),
                    counts.getOrDefault(Outcome.REFUSED, 0L),
                    counts.getOrDefault(Outcome.UNANSWERED, 0L),
                    unansweredStored);
        }
    }

    private record Summary(
            int sent, long acknowledged, long refused, long unanswered, long unansweredStored) {}

    private record StoredAccount(String id, String email, String fullName) {}

    private record StoredMail(String to, String subject, String body) {

        boolean isVerificationTo(String email) {
            return to.equals(email)
                    && subject.equals(VERIFICATION_SUBJECT)
                    && body.contains("/verify?token=");
        }

        @Override
        public String toString() {
            return "\"" + subject + "\"";
        }
    }

    /**
     * The rows registration writes, read straight from the tables: job seekers' accounts by
     * address, and by account id the consent ledger, unspent verification links and the outbox.
     */
    private record Stored(
            Map<String, StoredAccount> accounts,
            Map<String, List<String>> consentsByAccount,
            Map<String, Integer> verifyLinksByAccount,
            Map<String, List<StoredMail>> mailsByAccount,
            List<String> orphans) {

        static Stored read(Connection db) throws SQLException {
            var accounts = new HashMap<String, StoredAccount>();
            var ids = new HashSet<String>();
            try (var rows =
                    db.createStatement()
                            .executeQuery("select id, email, full_name, role from accounts")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                    if (rows.getString(4).equals("JOB_SEEKER")) {
                        var account =
                                new StoredAccount(
                                        rows.getString(1), rows.getString(2), rows.getString(3));
                        accounts.put(account.email(), account);
                    }
                }
            }
            var orphans = new ArrayList<String>();
            var consents = new HashMap<String, List<String>>();
            try (var rows =
                    db.createStatement()
                            .executeQuery(
                                    "select account_id, purpose, given, source, policy_version,"
                                            + " residence from consent_ledger")) {
                while (rows.next()) {
                    var line =
                            rows.getBoolean(3) && rows.getString(4).equals("REGISTRATION")
                                    ? consentLine(
                                            rows.getString(2), rows.getString(5), rows.getString(6))
                                    : rows.getString(2) + " " + rows.getString(4);
                    consents.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(line);
                }
            }
            var links = new HashMap<String, Integer>();
            try (var rows =
                    db.createStatement()
                            .executeQuery(
                                    "select account_id from verification_tokens"
                                            + " where purpose = 'VERIFY' and spent = false")) {
                while (rows.next()) {
                    links.merge(rows.getString(1), 1, Integer::sum);
                }
            }
            var mails = new HashMap<String, List<StoredMail>>();
            try (var rows =
                    db.createStatement()
                            .executeQuery(
                                    "select account_id, to_address, subject, body from outbox_mail"
                                            + " where account_id is not null")) {
                while (rows.next()) {
                    mails.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                            .add(
                                    new StoredMail(
                                            rows.getString(2),
                                            rows.getString(3),
                                            rows.getString(4)));
                }
            }
            orphaned("consent records", consents.keySet(), ids, orphans);
            orphaned("verification links", links.keySet(), ids, orphans);
            orphaned("mails", mails.keySet(), ids, orphans);
            return new Stored(accounts, consents, links, mails, orphans);
        }

        private static void orphaned(
                String what, Collection<String> owners, Collection<String> ids, List<String> out) {
            owners.stream()
                    .filter(owner -> !ids.contains(owner))
                    .forEach(owner -> out.add(what + " of missing account " + owner));
        }

        List<String> consents(String account) {
            return consentsByAccount.getOrDefault(account, List.of());
        }

        int verifyLinks(String account) {
            return verifyLinksByAccount.getOrDefault(account, 0);
        }

        List<StoredMail> mails(String account) {
            return mailsByAccount.getOrDefault(account, List.of());
        }
    }
}
