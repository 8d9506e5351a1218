package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.internal.AccountsSchema;
import org.k12jobspot.policy.internal.PolicySchema;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every module's migrations run unchanged on embedded Derby (the default) and on PostgreSQL (the
 * production database), and running them twice changes nothing.
 */
class MigrationsTest {

    private static final List<String> ACCOUNTS_TABLES =
            List.of(
                    "accounts",
                    "candidacy_profiles",
                    "certifications",
                    "degrees",
                    "verification_tokens",
                    "outbox_mail");

    @Test
    void createsTheAccountsTablesOnDerby() throws SQLException {
        var derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:migrations-" + UUID.randomUUID());
        derby.setCreateDatabase("create");

        AccountsSchema.migrate(derby);
        AccountsSchema.migrate(derby);

        assertThat(tables(derby)).containsAll(ACCOUNTS_TABLES);
    }

    @Test
    void createsTheAccountsTablesOnPostgres() throws SQLException {
        var schema = "mig_" + UUID.randomUUID().toString().replace("-", "");
        var admin = postgres(null);
        assumeTrue(reachable(admin), "PostgreSQL on 127.0.0.1:5432 is needed; .ci/run starts it");
        try (var c = admin.getConnection();
                var s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        try {
            var ds = postgres(schema);

            AccountsSchema.migrate(ds);
            AccountsSchema.migrate(ds);

            assertThat(tables(ds)).containsAll(ACCOUNTS_TABLES);
        } finally {
            try (var c = admin.getConnection();
                    var s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    @Test
    void createsThePolicyTableOnDerby() throws SQLException {
        var derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:migrations-" + UUID.randomUUID());
        derby.setCreateDatabase("create");

        PolicySchema.migrate(derby);
        PolicySchema.migrate(derby);

        assertThat(tables(derby)).contains("policy_versions");
    }

    @Test
    void createsThePolicyTableOnPostgres() throws SQLException {
        var schema = "mig_" + UUID.randomUUID().toString().replace("-", "");
        var admin = postgres(null);
        assumeTrue(reachable(admin), "PostgreSQL on 127.0.0.1:5432 is needed; .ci/run starts it");
        try (var c = admin.getConnection();
                var s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        try {
            var ds = postgres(schema);

            PolicySchema.migrate(ds);
            PolicySchema.migrate(ds);

            assertThat(tables(ds)).contains("policy_versions");
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
