package org.k12jobspot.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The restore command on real embedded Derby databases (the running-site refusal is an IT). */
class RestoreBackupTest {

    @TempDir Path dir;

    @BeforeAll
    static void keepDerbysLogInTarget() {
        System.setProperty("derby.stream.error.file", "target/derby-restore-test.log");
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void putsBackTheDataOfTheBackupAndKeepsTheReplacedDatabaseAside() throws Exception {
        var data = dir.resolve("data");
        var backup = dir.resolve("backups/2026-12-04T20-00-00Z");
        try (var db = connect("jdbc:derby:" + data.resolve("derby") + ";create=true")) {
            execute(db, "CREATE TABLE NOTES (TEXT VARCHAR(40))");
            execute(db, "INSERT INTO NOTES VALUES ('before the backup')");
            try (var call = db.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, backup.toString());
                call.execute();
            }
            execute(db, "INSERT INTO NOTES VALUES ('after the backup')");
        }
        DerbyCopies.shutDown(data.resolve("derby"));

        var status = restore(data, backup.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(0);
        assertThat(notes(data.resolve("derby"))).containsExactly("before the backup");
        try (var aside = Files.list(data)) {
            assertThat(aside.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("derby.replaced-"))
                    .noneMatch(name -> name.equals("derby.restoring"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2026-12-04T20-00-00Z");
    }

    @Test
    void refusesADirectoryThatIsNotABackup() throws Exception {
        Files.createDirectories(dir.resolve("empty"));

        var status = restore(dir.resolve("data"), dir.resolve("empty").toString());

        assertThat(status).isEqualTo(RestoreBackup.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Not a backup");
        assertThat(dir.resolve("data/derby")).doesNotExist();
    }

    private int restore(Path data, String backup) {
        return RestoreBackup.restore(
                new String[] {backup},
                data,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> notes(Path database) throws SQLException {
        var notes = new ArrayList<String>();
        try (var db = connect("jdbc:derby:" + database);
                var rows = db.createStatement().executeQuery("SELECT TEXT FROM NOTES")) {
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
        } finally {
            DerbyCopies.shutDown(database);
        }
        return notes;
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return new EmbeddedDriver().connect(url, new Properties());
    }
}
