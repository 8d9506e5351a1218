import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The data side of the benchmark (bench/data.sh runs it with the JDK's single-file launcher).
 *
 * <pre>
 *   java -cp derby.jars DataBench.java seed DATA_DIR ACCOUNTS REPETITIONS
 *   java DataBench.java search ADMIN_EMAIL ADMIN_PASSWORD REPETITIONS BASE_URL...
 * </pre>
 *
 * <p>seed: fills the product's stopped embedded database (schema made by a first start) with
 * ACCOUNTS job seekers as registration and a filled-in profile leave them (account, profile,
 * certifications, a degree, consent ledger entries, a policy notice), all with the administrator's
 * password hash, and then, among them, REPETITIONS accounts each of 10, 100 and 1,000 registered
 * rows (and a few warm-up accounts), which it names in the erasure journal, so that the next
 * start erases them again, each in its own transaction, and logs rows and milliseconds of each.
 *
 * <p>search: signs in as the administrator on each server and times its staff account table over
 * HTTP, the servers in turn, printing one line per measure: its name, then the median
 * milliseconds on each server in the order given.
 */
class DataBench {

    static final int[] SIZES = {10, 100, 1000};
    static final int WARM_UP = 8;
    static final String[] FIRST = {
        "Maria", "James", "Aisha", "Wei", "Olga", "Liam", "Fatima", "Noah", "Priya", "Mateo",
        "Chloe", "Kwame", "Hana", "Diego", "Ingrid", "Yusuf", "Sofia", "Ethan", "Mei", "Lucas",
        "Amara", "Omar", "Elena", "Kenji", "Nadia", "Samuel", "Zara", "Tomas", "Leila", "Ivan"
    };
    static final String[] LAST = {
        "Garcia", "Smith", "Okafor", "Chen", "Ivanova", "Murphy", "Haddad", "Johnson", "Patel",
        "Rossi", "Dubois", "Mensah", "Sato", "Lopez", "Larsen", "Demir", "Silva", "Brown", "Wang",
        "Novak", "Adeyemi", "Khan", "Popescu", "Tanaka", "Rahman", "Walker", "Nguyen", "Kowalski",
        "Ahmed", "Fischer", "Moreau", "Cohen", "Yilmaz", "Jensen", "Kim", "Oliveira", "Reyes",
        "Schmidt", "Mahlangu", "Byrne"
    };
    static final String[] TITLES = {
        "Elementary Education K-6", "Secondary Mathematics", "Special Education", "ESL Endorsement",
        "Reading Specialist", "School Counselor", "Biology 7-12", "Music K-12", "Early Childhood"
    };
    static final String[] LEVELS = {"ASSOCIATE", "BACHELOR", "MASTER", "SPECIALIST", "DOCTORATE"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" ->
                    new Seeder(
                                    Path.of(args[1]),
                                    Integer.parseInt(args[2]),
                                    Integer.parseInt(args[3]))
                            .seed();
            case "search" ->
                    search(
                            List.of(args).subList(4, args.length),
                            args[1],
                            args[2],
                            Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("seed or search");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Seeding

    static final class Seeder {
        final Path data;
        final int accounts;
        final int repetitions;
        final Random random = new Random(12);
        final Instant now = Instant.now();
        Connection db;
        String hash;
        String policy;
        PreparedStatement account, profile, certification, degree, ledger, notice;
        int pending;

        Seeder(Path data, int accounts, int repetitions) {
            this.data = data;
            this.accounts = accounts;
            this.repetitions = repetitions;
        }

        void seed() throws Exception {
            // No forced disk writes while filling: Derby still writes everything at the clean
            // shutdown below, and the product reopens the database with its own settings.
            System.setProperty("derby.system.durability", "test");
            db = DriverManager.getConnection(
                    "jdbc:derby:" + data.resolve("derby").toAbsolutePath());
            db.setAutoCommit(false);
            try (var s = db.createStatement()) {
                var r = s.executeQuery("select password_hash from accounts where role = 'ADMIN'");
                r.next();
                hash = r.getString(1);
                r = s.executeQuery(
                        "select id from policy_versions where published_at is not null"
                                + " order by version_number desc");
                r.next();
                policy = r.getString(1);
            }
            prepare();

            var targets = new ArrayList<String>();
            var journal = new StringBuilder();
            var stride = Math.max(1, accounts / (WARM_UP + SIZES.length * repetitions + 1));
            var warmUp = WARM_UP;
            var round = 0;
            for (var i = 0; i < accounts; i++) {
                insertAccount(9);
                // Targets spread through the table, so none sits at its cheap end.
                if (i % stride == stride / 2) {
                    int size;
                    if (warmUp > 0) {
                        size = 10;
                        warmUp--;
                    } else if (round < SIZES.length * repetitions) {
                        size = SIZES[round % SIZES.length];
                        round++;
                    } else {
                        continue;
                    }
                    var id = insertAccount(size);
                    var label = targets.size() < WARM_UP ? "warm-up" : String.valueOf(size);
                    targets.add(label + " " + id);
                    journal.append(now).append(' ').append(id).append(" OWN_REQUEST\n");
                }
            }
            flush();
            try (var s =
                    db.prepareCall("call SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', ?, null)")) {
                for (var table :
                        List.of("ACCOUNTS", "CANDIDACY_PROFILES", "CERTIFICATIONS", "DEGREES",
                                "CONSENT_LEDGER", "POLICY_NOTICES")) {
                    s.setString(1, table);
                    s.execute();
                }
            }
            db.commit();
            db.close();
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception.
            }
            Files.writeString(data.resolve("erasures.journal"), journal);
            Files.write(data.resolve("bench-targets.txt"), targets);
            System.err.printf(
                    "seeded %d accounts and %d erasure targets%n", accounts, targets.size());
        }

        void prepare() throws SQLException {
            account = db.prepareStatement(
                    "insert into accounts (id, full_name, name_key, email, email_key,"
                            + " password_hash, role, verified, must_change_password,"
                            + " failed_sign_ins, registered_at, verified_at, version, disabled)"
                            + " values (?, ?, ?, ?, ?, ?, 'JOB_SEEKER', true, false, 0, ?, ?, 1,"
                            + " false)");
            profile = db.prepareStatement(
                    "insert into candidacy_profiles (account_id, street_address, city, region,"
                            + " postal_code, phone, phone_key, summary, version)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, 1)");
            certification = db.prepareStatement(
                    "insert into certifications (id, account_id, title, issuer, cert_number,"
                            + " valid_until, added_at) values (?, ?, ?, ?, ?, ?, ?)");
            degree = db.prepareStatement(
                    "insert into degrees (id, account_id, degree_level, field_of_study,"
                            + " institution, year_awarded, added_at) values (?, ?, ?, ?, ?, ?, ?)");
            ledger = db.prepareStatement(
                    "insert into consent_ledger (id, account_id, entry_no, purpose, given,"
                            + " policy_version, source, residence, recorded_at)"
                            + " values (?, ?, ?, ?, ?, ?, 'REGISTRATION', 'US', ?)");
            notice = db.prepareStatement(
                    "insert into policy_notices (id, account_id, policy_version, shown_at)"
                            + " values (?, ?, ?, ?)");
        }

        /**
         * One job seeker with {@code rows} registered rows in all: account and profile, one
         * policy notice, three consent entries, then certifications and degrees (two to one).
         */
        String insertAccount(int rows) throws SQLException {
            var id = UUID.randomUUID().toString();
            var first = FIRST[random.nextInt(FIRST.length)];
            var last = LAST[random.nextInt(LAST.length)];
            var name = first + " " + last;
            var email = (first + "." + last + "." + id.substring(0, 8) + "@example.org");
            var registered = Timestamp.from(now.minusSeconds(random.nextLong(3L * 365 * 86_400)));
            account.setString(1, id);
            account.setString(2, name);
            account.setString(3, key(name));
            account.setString(4, email);
            account.setString(5, key(email));
            account.setString(6, hash);
            account.setTimestamp(7, registered);
            account.setTimestamp(8, registered);
            account.addBatch();
            var phone = "+1 555 " + (1000000 + random.nextInt(9000000));
            profile.setString(1, id);
            profile.setString(2, (1 + random.nextInt(999)) + " Oak Street");
            profile.setString(3, "Springfield");
            profile.setString(4, "IL");
            profile.setString(5, String.valueOf(60000 + random.nextInt(999)));
            profile.setString(6, phone);
            profile.setString(7, phone.replaceAll("[^0-9]", ""));
            profile.setString(8, "Teacher looking for a position in a K-12 school.");
            profile.addBatch();
            notice.setString(1, UUID.randomUUID().toString());
            notice.setString(2, id);
            notice.setString(3, policy);
            notice.setTimestamp(4, registered);
            notice.addBatch();
            String[] purposes = {"POLICY_ACCEPTANCE", "US_TRANSFER", "MARKETING_EMAIL"};
            var entries = 3;
            for (var e = 0; e < entries; e++) {
                addLedger(id, e + 1, purposes[e], e < 2, registered);
            }
            var rest = rows - 3 - entries;
            for (var r = 0; r < rest; r++) {
                if (r % 3 == 2) {
                    degree.setString(1, UUID.randomUUID().toString());
                    degree.setString(2, id);
                    degree.setString(3, LEVELS[random.nextInt(LEVELS.length)]);
                    degree.setString(4, "Education");
                    degree.setString(5, "State University");
                    degree.setInt(6, 1990 + random.nextInt(35));
                    degree.setTimestamp(7, registered);
                    degree.addBatch();
                } else {
                    certification.setString(1, UUID.randomUUID().toString());
                    certification.setString(2, id);
                    certification.setString(3, TITLES[random.nextInt(TITLES.length)]);
                    certification.setString(4, "State Board of Education");
                    certification.setString(5, "C-" + random.nextInt(1_000_000));
                    certification.setDate(6, java.sql.Date.valueOf("2030-06-30"));
                    certification.setTimestamp(7, registered);
                    certification.addBatch();
                }
            }
            if (++pending >= 2000) {
                flush();
            }
            return id;
        }

        void addLedger(String id, int entry, String purpose, boolean given, Timestamp at)
                throws SQLException {
            ledger.setString(1, UUID.randomUUID().toString());
            ledger.setString(2, id);
            ledger.setInt(3, entry);
            ledger.setString(4, purpose);
            ledger.setBoolean(5, given);
            ledger.setString(6, policy);
            ledger.setTimestamp(7, at);
            ledger.addBatch();
        }

        void flush() throws SQLException {
            for (var statement : List.of(account, profile, notice, ledger, certification, degree)) {
                statement.executeBatch();
            }
            db.commit();
            pending = 0;
        }

        static String key(String text) {
            return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Staff search over HTTP

    static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern ACCOUNT_LINK = Pattern.compile("/staff/account\\?id=[0-9a-f-]{36}");

    /**
     * Signs in to every server, warms each up, then measures them in turn, alternating which goes
     * first, so that load from elsewhere on the machine falls on all of them alike.
     */
    static void search(List<String> bases, String email, String password, int repetitions)
            throws Exception {
        var clients = new ArrayList<HttpClient>();
        for (var base : bases) {
            clients.add(signedIn(base, email, password));
        }

        // Warm-up: JIT, Faces and the database's caches, on every path measured below.
        for (var i = 0; i < 5; i++) {
            for (var s = 0; s < bases.size(); s++) {
                measureOnce(clients.get(s), bases.get(s), 3);
            }
        }

        var results = new ArrayList<Map<String, List<Double>>>();
        for (var s = 0; s < bases.size(); s++) {
            results.add(new LinkedHashMap<>());
        }
        for (var i = 0; i < repetitions; i++) {
            for (var k = 0; k < bases.size(); k++) {
                var s = i % 2 == 0 ? k : bases.size() - 1 - k;
                measureOnce(clients.get(s), bases.get(s), 25)
                        .forEach(
                                (name, ms) ->
                                        results.get(s)
                                                .computeIfAbsent(name, n -> new ArrayList<>())
                                                .add(ms));
            }
        }
        for (var name : results.getFirst().keySet()) {
            var line = new StringBuilder(name);
            for (var result : results) {
                line.append(String.format(Locale.ROOT, " %.2f", median(result.get(name))));
            }
            System.out.println(line);
        }
    }

    static HttpClient signedIn(String base, String email, String password) throws Exception {
        var http =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
        // Sign-in hashes on a bounded pool and refuses when it waits too long: try again.
        for (var attempt = 1; attempt <= 10; attempt++) {
            var login = get(http, base + "/login");
            var answer =
                    post(
                            http,
                            base + "/login",
                            false,
                            Map.of(
                                    "login", "login",
                                    "login:email", email,
                                    "login:password", password,
                                    "login:signIn", "Sign in",
                                    "jakarta.faces.ViewState", viewState(login.body())));
            if (answer.statusCode() == 302) {
                return http;
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("sign-in at " + base + " refused ten times");
    }

    /** Each measure once on one server: milliseconds by measure name. */
    static Map<String, Double> measureOnce(HttpClient http, String base, int pages)
            throws Exception {
        var times = new LinkedHashMap<String, Double>();
        times.put("first-page", firstPage(http, base));
        times.put("newest-first", search(http, base, "", "REGISTERED", false));
        times.put("deep-page", deepPage(http, base, pages));
        times.put("first-name", search(http, base, "maria", "NAME", true));
        return times;
    }

    /** Opens the staff account table (first page, by name): milliseconds. */
    static double firstPage(HttpClient http, String base) throws Exception {
        var start = System.nanoTime();
        var page = get(http, base + "/staff/accounts");
        var ms = (System.nanoTime() - start) / 1e6;
        expectRows(page.body(), "first page");
        return ms;
    }

    /** One search from a fresh table: milliseconds of the search alone. */
    static double search(HttpClient http, String base, String prefix, String sort, boolean asc)
            throws Exception {
        var page = get(http, base + "/staff/accounts");
        var start = System.nanoTime();
        var answer = ajax(http, base, page.body(), "search", prefix, sort, asc);
        var ms = (System.nanoTime() - start) / 1e6;
        expectRows(answer.body(), "search " + prefix + " " + sort);
        return ms;
    }

    /** Presses Next page {@code pages} times: the median milliseconds of the last ten presses. */
    static double deepPage(HttpClient http, String base, int pages) throws Exception {
        var page = get(http, base + "/staff/accounts");
        var times = new ArrayList<Double>();
        for (var p = 1; p <= pages; p++) {
            var start = System.nanoTime();
            var answer = ajax(http, base, page.body(), "next", "", "NAME", true);
            times.add((System.nanoTime() - start) / 1e6);
            var expected = "Accounts " + (p * 20 + 1) + " to " + (p * 20 + 20);
            if (!answer.body().contains(expected)) {
                throw new IllegalStateException("page " + (p + 1) + " not shown: " + expected);
            }
        }
        return median(times.subList(Math.max(0, times.size() - 10), times.size()));
    }

    static HttpResponse<String> ajax(
            HttpClient http, String base, String page, String button, String prefix, String sort,
            boolean ascending) throws Exception {
        var source = "accounts:" + button;
        var fields = new LinkedHashMap<String, String>();
        fields.put("accounts", "accounts");
        fields.put("accounts:prefix", prefix);
        fields.put("accounts:sort", sort);
        fields.put("accounts:order", String.valueOf(ascending));
        fields.put("accounts:size", "20");
        fields.put("jakarta.faces.ViewState", viewState(page));
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute",
                button.equals("search") ? "accounts:search accounts:prefix accounts:sort"
                        + " accounts:order accounts:size" : source);
        fields.put("jakarta.faces.partial.render", "accounts:table accounts:pages");
        fields.put(source, source);
        var answer = post(http, base + "/staff/accounts", true, fields);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(button + " answered " + answer.statusCode());
        }
        return answer;
    }

    static void expectRows(String body, String what) {
        if (ACCOUNT_LINK.matcher(body).results().count() < 20) {
            throw new IllegalStateException(what + ": fewer than 20 accounts shown");
        }
    }

    static String viewState(String body) {
        var m = VIEW_STATE.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return m.group(1);
    }

    static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        var answer = http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
        return answer;
    }

    static HttpResponse<String> post(
            HttpClient http, String url, boolean ajax, Map<String, String> fields)
            throws Exception {
        var form = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        var n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
