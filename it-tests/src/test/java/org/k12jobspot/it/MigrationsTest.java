package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k12jobspot.web.platform.DatabaseMigrations;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every module's migrations run unchanged on embedded Derby (the default) and on PostgreSQL (the
 * production database), and running them twice changes nothing.
 */
class MigrationsTest {

    /** Column names that suggest a person, a device or a way to recognise either. */
    private static final Pattern IDENTITY_NAME =
            Pattern.compile(
                    "(^|_)(account|user|email|mail|ip|addr|address|agent|ua|hash|key|token|session"
                            + "|id|person|name|host)(_|$)");

    /** Labels are short: too short for a user-agent string or a full email address. */
    private static final int MAX_LABEL = 64;

    private static final String ANALYTICS = "db/analytics/changelog.xml";

    /** A module's changelog and the tables it must leave behind. */
    record Module(String name, String changelog, List<String> tables) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Module> modules() {
        return Stream.of(
                new Module(
                        "accounts",
                        "db/accounts/changelog.xml",
                        List.of(
                                "accounts",
                                "candidacy_profiles",
                                "certifications",
                                "degrees",
                                "verification_tokens",
                                "outbox_mail",
                                "erasure_records")),
                new Module("policy", "db/policy/changelog.xml", List.of("policy_versions")),
                new Module(
                        "consent",
                        "db/consent/changelog.xml",
                        List.of(
                                "consent_ledger",
                                "policy_notices",
                                "employers",
                                "disclosure_refusals",
                                "campaigns",
                                "unsubscribe_tokens")),
                new Module(
                        "analytics",
                        "db/analytics/changelog.xml",
                        List.of("analytics_daily_counts", "analytics_daily_visitors")));
    }

    @ParameterizedTest
    @MethodSource("modules")
    void createsTheModuleTablesOnDerby(Module module) throws SQLException {
        var derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:migrations-" + UUID.randomUUID());
        derby.setCreateDatabase("create");

        DatabaseMigrations.run(derby, module.changelog());
        DatabaseMigrations.run(derby, module.changelog());

        assertThat(tables(derby)).containsAll(module.tables());
    }

    @ParameterizedTest
    @MethodSource("modules")
    void createsTheModuleTablesOnPostgres(Module module) throws SQLException {
        var schema = "mig_" + UUID.randomUUID().toString().replace("-", "");
        var admin = postgres(null);
        assumeTrue(reachable(admin), "PostgreSQL on 127.0.0.1:5432 is needed; .ci/run starts it");
        try (var c = admin.getConnection();
                var s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        try {
            var ds = postgres(schema);

            DatabaseMigrations.run(ds, module.changelog());
            DatabaseMigrations.run(ds, module.changelog());

            assertThat(tables(ds)).containsAll(module.tables());
        } finally {
            try (var c = admin.getConnection();
                    var s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    @Test
    void runsEveryModuleInOneChangelogOverADatabaseMigratedModuleByModule() throws SQLException {
        var derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:migrations-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        var modules = modules().toList();
        for (var module : modules) {
            DatabaseMigrations.run(derby, module.changelog());
        }

        DatabaseMigrations.run(derby, DatabaseMigrations.CHANGELOG);

        assertThat(tables(derby))
                .containsAll(modules.stream().flatMap(m -> m.tables().stream()).toList());
    }

    @Test
    void createsEveryTableFromTheOneChangelog() throws SQLException {
        var derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:migrations-" + UUID.randomUUID());
        derby.setCreateDatabase("create");

        DatabaseMigrations.run(derby, DatabaseMigrations.CHANGELOG);

        assertThat(tables(derby)).containsAll(modules().flatMap(m -> m.tables().stream()).toList());
    }

    @Test
    void keepsNoAnalyticsColumnThatCouldHoldAnAccountEmailAddressOrUserAgent() throws SQLException {
        var derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:migrations-" + UUID.randomUUID());
        derby.setCreateDatabase("create");

        DatabaseMigrations.run(derby, ANALYTICS);

        assertThat(columns(derby)).isNotEmpty();
        assertThat(identityColumns(derby)).isEmpty();
    }

    @Test
    void flagsAColumnMeantForAnAddressOrAUserAgent() {
        assertThat(suspicious(new Column("analytics_x", "client_ip", "VARCHAR", 45))).isTrue();
        assertThat(suspicious(new Column("analytics_x", "user_agent", "VARCHAR", 512))).isTrue();
        assertThat(suspicious(new Column("analytics_x", "account_id", "VARCHAR", 36))).isTrue();
        assertThat(suspicious(new Column("analytics_x", "notes", "VARCHAR", 1000))).isTrue();
        assertThat(suspicious(new Column("analytics_x", "notes", "CLOB", 0))).isTrue();
        assertThat(suspicious(new Column("analytics_x", "label", "VARCHAR", 64))).isFalse();
    }

    private record Column(String table, String name, String type, int size) {}

    private static List<Column> identityColumns(DataSource ds) throws SQLException {
        return columns(ds).stream().filter(MigrationsTest::suspicious).toList();
    }

    private static boolean suspicious(Column column) {
        var type = column.type().toLowerCase(Locale.ROOT);
        var text = type.contains("char") || type.contains("text") || type.contains("clob");
        var allowedType =
                text
                        || type.equals("date")
                        || type.contains("int")
                        || type.equals("bigint")
                        || type.equals("int8");
        return IDENTITY_NAME.matcher(column.name().toLowerCase(Locale.ROOT)).find()
                || !allowedType
                || (text && (column.size() <= 0 || column.size() > MAX_LABEL));
    }

    private static List<Column> columns(DataSource ds) throws SQLException {
        var columns = new ArrayList<Column>();
        try (var c = ds.getConnection();
                var rs = c.getMetaData().getColumns(null, c.getSchema(), "%", "%")) {
            while (rs.next()) {
                var table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("analytics_")) {
                    columns.add(
                            new Column(
                                    table,
                                    rs.getString("COLUMN_NAME"),
                                    rs.getString("TYPE_NAME"),
                                    rs.getInt("COLUMN_SIZE")));
                }
            }
        }
        return columns;
    }

    @Test
    void keepsNoAnalyticsColumnThatCouldHoldAnIdentityOnPostgres() throws SQLException {
        var schema = "mig_" + UUID.randomUUID().toString().replace("-", "");
        var admin = postgres(null);
        assumeTrue(reachable(admin), "PostgreSQL on 127.0.0.1:5432 is needed; .ci/run starts it");
        try (var c = admin.getConnection();
                var s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        try {
            var ds = postgres(schema);

            DatabaseMigrations.run(ds, ANALYTICS);

            assertThat(columns(ds)).isNotEmpty();
            assertThat(identityColumns(ds)).isEmpty();
        } finally {
            try (var c = admin.getConnection();
                    var s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static PGSimpleDataSource postgres(String schema) {
        var ds = new PGSimpleDataSource();
        ds.setURL(
                "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("it.pg.database", "test"));
        ds.setUser(System.getProperty("it.pg.user", "postgres"));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    private static boolean reachable(DataSource ds) {
        // CI starts PostgreSQL, so there an absent database is a failure, not a skip.
        if (System.getenv("CI") != null || Boolean.getBoolean("it.pg.required")) {
            return true;
        }
        try (Connection c = ds.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static List<String> tables(DataSource ds) throws SQLException {
        var names = new ArrayList<String>();
        try (var c = ds.getConnection();
                var rs =
                        c.getMetaData()
                                .getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
