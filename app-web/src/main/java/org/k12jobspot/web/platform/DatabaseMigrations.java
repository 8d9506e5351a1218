package org.k12jobspot.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings every module's tables up to date before anything else starts: one Liquibase run over
 * {@code db/changelog.xml}, which includes each module's own changelog. The modules' start-up beans
 * name this one in {@code @DependsOn}. The same changelogs run on Derby and PostgreSQL.
 */
@Singleton(name = DatabaseMigrations.NAME)
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String NAME = "DatabaseMigrations";
    public static final String CHANGELOG = "db/changelog.xml";

    private static final System.Logger LOG = System.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:app/jdbc/k12")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        run(dataSource, CHANGELOG);
        LOG.log(System.Logger.Level.INFO, "Database tables up to date");
    }

    /** Runs one changelog from the class path against the data source. */
    public static void run(DataSource dataSource, String changelog) {
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
            var resources =
                    new ClassLoaderResourceAccessor(DatabaseMigrations.class.getClassLoader());
            try (var liquibase = new Liquibase(changelog, resources, database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Migration of the database tables failed", e);
        }
    }
}
