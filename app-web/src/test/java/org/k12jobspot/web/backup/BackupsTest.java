package org.k12jobspot.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a real embedded Derby database, outside the container. */
class BackupsTest {

    @TempDir Path dir;

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    logged.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
    private Path database;
    private Path backupDir;

    @BeforeAll
    static void keepDerbysLogInTarget() {
        System.setProperty("derby.stream.error.file", "target/derby-backups-test.log");
    }

    @BeforeEach
    void recordLog() {
        Logger.getLogger(Backups.class.getName()).addHandler(recorder);
        database = dir.resolve("data/derby");
        backupDir = dir.resolve("data/backups");
    }

    @AfterEach
    void shutDown() throws SQLException {
        Logger.getLogger(Backups.class.getName()).removeHandler(recorder);
        if (Files.exists(database)) {
            DerbyCopies.shutDown(database);
        }
    }

    @Test
    void keepsACheckedBackupUnderTheMomentItWasTaken() throws Exception {
        var backups = backupsOf("CREATE TABLE NOTES (TEXT VARCHAR(40))");

        var backup = backups.take();

        assertThat(backups.kept()).containsExactly(backup);
        assertThat(backupDir.resolve(backup.name()).resolve("derby/service.properties"))
                .isRegularFile();
        try (var left = Files.list(backupDir)) {
            assertThat(left).hasSize(1);
        }
    }

    @Test
    void keepsNothingOfABackupThatFailsItsCheckAndSaysWhyInAWarning() throws Exception {
        var backups = backupsOf(null);

        assertThatThrownBy(backups::take)
                .isInstanceOf(BackupFailed.class)
                .hasMessage("The backup failed and nothing of it was kept.");

        assertThat(backups.kept()).isEmpty();
        try (var left = Files.list(backupDir)) {
            assertThat(left).as("no work directories left behind").isEmpty();
        }
        assertThat(logged)
                .anySatisfy(
                        record -> {
                            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                            assertThat(record.getMessage()).contains("failed and was discarded");
                        });
    }

    @Test
    void copiesNoByteOfRowsDeletedBeforeTheBackupIntoItsTables() throws Exception {
        var backups =
                backupsOf("CREATE TABLE PEOPLE (ID INT PRIMARY KEY, EMAIL VARCHAR(80) NOT NULL)");
        try (var connection = DriverManager.getConnection("jdbc:derby:" + database);
                var insert = connection.prepareStatement("INSERT INTO PEOPLE VALUES (?, ?)")) {
            for (var i = 0; i < 200; i++) {
                insert.setInt(1, i);
                insert.setString(2, i == 100 ? "erased.canary@example.org" : "kept" + i);
                insert.execute();
            }
            connection.createStatement().execute("CREATE INDEX PEOPLE_EMAIL ON PEOPLE (EMAIL)");
            connection.createStatement().execute("DELETE FROM PEOPLE WHERE ID = 100");
        }

        var backup = backups.take();

        try (var files = Files.walk(backupDir.resolve(backup.name()).resolve("derby/seg0"))) {
            assertThat(files.filter(Files::isRegularFile))
                    .isNotEmpty()
                    .noneMatch(file -> holds(file, "erased.canary@example.org"));
        }
    }

    private static boolean holds(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Backups of a new database, with one table made by {@code sql} or none. */
    private Backups backupsOf(String sql) throws SQLException {
        var source = new EmbeddedDataSource();
        source.setDatabaseName(database.toString());
        source.setCreateDatabase("create");
        if (sql != null) {
            try (var connection = source.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
        var backups = new Backups();
        backups.dataSource = source;
        backups.configure(new BackupSettings(true, database, backupDir, 24, 7));
        return backups;
    }
}
