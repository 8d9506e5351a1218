package org.k12jobspot.it;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import javax.sql.DataSource;

/**
 * Distinctive strings (a name, an address, a phone number) that a test plants in the product and
 * then looks for everywhere it could have stayed: every table of the database, a server log, the
 * files of a folder. Matching ignores letter case and Unicode normalisation, as the product keeps
 * lower-case search keys of names and addresses.
 */
record Canary(List<String> strings) {

    Canary {
        strings = List.copyOf(strings);
    }

    static Canary of(String... strings) {
        return new Canary(List.of(strings));
    }

    /** The canary strings that occur in the text. */
    List<String> foundIn(String text) {
        var haystack = folded(text);
        return strings.stream().filter(s -> haystack.contains(folded(s))).toList();
    }

    /** Every text value of every table of the database, in every schema but the system's. */
    static String tablesText(DataSource database) throws SQLException {
        try (var connection = database.getConnection()) {
            return tablesText(connection);
        }
    }

    /** The same, from the embedded Derby database in a data directory of a stopped product. */
    static String derbyTablesText(Path dataDir) throws SQLException {
        var url = "jdbc:derby:" + dataDir.resolve("derby").toAbsolutePath();
        try (var connection = DriverManager.getConnection(url)) {
            return tablesText(connection);
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expectedOnShutdown) {
                // Derby reports a clean shutdown of one database as SQLState 08006.
            }
        }
    }

    static String tablesText(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                var schema = rs.getString("TABLE_SCHEM");
                if (schema == null || !isSystem(schema)) {
                    tables.add(
                            (schema == null ? "" : "\"" + schema + "\".")
                                    + "\""
                                    + rs.getString("TABLE_NAME")
                                    + "\"");
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No table found: is this the product's database?");
        }
        var text = new StringBuilder();
        for (var table : tables) {
            text.append("== ").append(table).append('\n');
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery("select * from " + table)) {
                var meta = rs.getMetaData();
                while (rs.next()) {
                    for (var i = 1; i <= meta.getColumnCount(); i++) {
                        var type = meta.getColumnType(i);
                        var binary =
                                type == Types.BLOB
                                        || type == Types.BINARY
                                        || type == Types.VARBINARY
                                        || type == Types.LONGVARBINARY;
                        text.append(binary ? null : rs.getString(i)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** The bytes of every file under the folder, read as Latin-1 (Derby's data and log). */
    static String filesText(Path dir) throws IOException {
        var text = new StringBuilder();
        try (var files = Files.walk(dir)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                if (Files.size(file) < 64_000_000) {
                    text.append(new String(Files.readAllBytes(file), ISO_8859_1));
                }
            }
        }
        return text.toString();
    }

    private static boolean isSystem(String schema) {
        var upper = schema.toUpperCase(Locale.ROOT);
        return upper.startsWith("SYS")
                || upper.equals("INFORMATION_SCHEMA")
                || upper.equals("PG_CATALOG");
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Every log record of the server (inside it) while attached, as it would be written. */
    static final class CapturedLog extends Handler {
        private final SimpleFormatter formatter = new SimpleFormatter();
        private final StringBuffer text = new StringBuffer();

        @Override
        public void publish(LogRecord record) {
            text.append(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        String text() {
            return text.toString();
        }
    }
}
