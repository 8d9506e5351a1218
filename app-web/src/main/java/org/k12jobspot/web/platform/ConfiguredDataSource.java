package org.k12jobspot.web.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database named by MicroProfile Config: K12_DB_URL (with K12_DB_USER and K12_DB_PASSWORD),
 * else embedded Derby in K12_DATA_DIR. The container pools the connections this hands out; it is
 * named by class in {@link DatabaseSetup} so the WAR needs no server-side data source.
 */
public class ConfiguredDataSource implements DataSource {

    private static final String DERBY_DRIVER = "org.apache.derby.jdbc.EmbeddedDriver";
    private static final String POSTGRES_DRIVER = "org.postgresql.Driver";

    private volatile Target target;
    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return target().connect();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    private Target target() throws SQLException {
        var current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = resolve();
                }
                current = target;
            }
        }
        return current;
    }

    private static Target resolve() throws SQLException {
        var config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        var url = config.getOptionalValue("k12.db.url", String.class).filter(u -> !u.isBlank());
        var props = new Properties();
        config.getOptionalValue("k12.db.user", String.class).ifPresent(u -> props.put("user", u));
        config.getOptionalValue("k12.db.password", String.class)
                .ifPresent(p -> props.put("password", p));
        if (url.isPresent()) {
            var driver = url.get().startsWith("jdbc:derby:") ? DERBY_DRIVER : POSTGRES_DRIVER;
            return Target.of(url.get(), driver, props);
        }
        var dir = DataDirectory.path(config);
        return Target.of(
                "jdbc:derby:" + dir.resolve("derby").toAbsolutePath() + ";create=true",
                DERBY_DRIVER,
                props);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /** The database to connect to, with its driver loaded once. */
    private record Target(String url, Driver driver, Properties props) {

        static Target of(String url, String driverClass, Properties props) throws SQLException {
            if (url.startsWith("jdbc:derby:")) {
                DataDirectory.prepareDerby();
            }
            try {
                var driver =
                        (Driver)
                                Class.forName(
                                                driverClass,
                                                true,
                                                ConfiguredDataSource.class.getClassLoader())
                                        .getDeclaredConstructor()
                                        .newInstance();
                return new Target(url, driver, props);
            } catch (ReflectiveOperationException e) {
                throw new SQLException(
                        "JDBC driver " + driverClass + " is not in the application", e);
            }
        }

        Connection connect() throws SQLException {
            var connection = driver.connect(url, props);
            if (connection == null) {
                throw new SQLException("No driver accepts the configured database URL");
            }
            return connection;
        }
    }
}
