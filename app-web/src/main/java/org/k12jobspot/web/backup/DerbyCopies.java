package org.k12jobspot.web.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * Derby databases made from a backup, the way a restore makes them ({@code createFrom=} on the
 * connection URL), each checked table by table with {@code SYSCS_UTIL.SYSCS_CHECK_TABLE}. Used to
 * prove a fresh backup usable and by the restore command.
 */
final class DerbyCopies {

    private static final String CHECK_EVERY_TABLE =
            "SELECT s.SCHEMANAME, t.TABLENAME,"
                    + " SYSCS_UTIL.SYSCS_CHECK_TABLE(s.SCHEMANAME, t.TABLENAME)"
                    + " FROM SYS.SYSSCHEMAS s JOIN SYS.SYSTABLES t ON s.SCHEMAID = t.SCHEMAID"
                    + " WHERE t.TABLETYPE = 'T'";
    private static final String SHUT_DOWN = "08006";
    private static final String BOOTED_ELSEWHERE = "XSDB6";

    private DerbyCopies() {}

    /**
     * Makes a new database at {@code target} from the backed-up database at {@code backup}, checks
     * every table of it and shuts it down; the number of tables checked.
     */
    static int restore(Path backup, Path target) throws SQLException {
        var tables = 0;
        try (var copy = connect("jdbc:derby:" + target + ";createFrom=" + backup)) {
            tables = checkEveryTable(copy);
        } finally {
            shutDown(target);
        }
        if (tables == 0) {
            throw new SQLException("The backup holds no tables");
        }
        return tables;
    }

    /** Whether another process (a running product) has the database open. */
    static boolean openElsewhere(Path database) throws SQLException {
        try (var connection = connect("jdbc:derby:" + database)) {
            connection.isValid(1);
        } catch (SQLException e) {
            // Derby says "failed to start" and gives the reason as the next exception.
            for (var next = e; next != null; next = next.getNextException()) {
                if (BOOTED_ELSEWHERE.equals(next.getSQLState())) {
                    return true;
                }
            }
            throw e;
        }
        shutDown(database);
        return false;
    }

    static void shutDown(Path database) throws SQLException {
        try {
            connect("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!SHUT_DOWN.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static int checkEveryTable(Connection connection) throws SQLException {
        var tables = 0;
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(CHECK_EVERY_TABLE)) {
            while (result.next()) {
                if (result.getInt(3) != 1) {
                    throw new SQLException(
                            "Table "
                                    + result.getString(1)
                                    + "."
                                    + result.getString(2)
                                    + " is not consistent");
                }
                tables++;
            }
        }
        return tables;
    }

    private static Connection connect(String url) throws SQLException {
        var connection = new EmbeddedDriver().connect(url, new Properties());
        if (connection == null) {
            throw new SQLException("Derby does not accept " + url);
        }
        return connection;
    }
}
