package org.k12jobspot.analytics.internal;

import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the analytics module's tables up to date; the same changelog runs on Derby and PostgreSQL.
 */
public final class AnalyticsSchema {

    public static final String CHANGELOG = "db/analytics/changelog.xml";

    private AnalyticsSchema() {}

    public static void migrate(DataSource dataSource) {
        // Liquibase 4.30+ reports usage to its vendor unless told not to.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        try (var connection = dataSource.getConnection()) {
            var database =
                    DatabaseFactory.getInstance()
                            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            if (database instanceof DerbyDatabase derby) {
                // The connection is the container's; Derby must keep running after Liquibase.
                derby.setShutdownEmbeddedDerby(false);
            }
            try (var liquibase =
                    new Liquibase(
                            CHANGELOG,
                            new ClassLoaderResourceAccessor(AnalyticsSchema.class.getClassLoader()),
                            database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Migration of the analytics tables failed", e);
        }
    }
}
