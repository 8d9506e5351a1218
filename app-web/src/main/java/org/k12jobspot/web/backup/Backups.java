package org.k12jobspot.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Takes, checks, lists and ages out backups of the embedded database. A backup is written by
 * Derby's online backup (readers and writers carry on) into a work directory, then restored into a
 * scratch copy whose every table is checked; only then is it renamed to its final name and counted.
 * Afterwards, backups older than the days to keep are deleted. One backup at a time.
 *
 * <p>Before each backup, every table of the product is compressed and the database checkpointed:
 * Derby reuses freed pages without wiping them, so rows erased since the last backup would
 * otherwise be copied into the new one from pages no table reads any more.
 */
@ApplicationScoped
public class Backups {

    private static final System.Logger LOG = System.getLogger(Backups.class.getName());
    private static final String EVERY_TABLE =
            "SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSSCHEMAS s"
                    + " JOIN SYS.SYSTABLES t ON s.SCHEMAID = t.SCHEMAID WHERE t.TABLETYPE = 'T'";

    @Resource(lookup = "java:app/jdbc/k12")
    DataSource dataSource;

    private BackupSettings settings;
    private BackupFolder folder;
    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void configure() {
        configure(BackupSettings.read(ConfigProvider.getConfig(Backups.class.getClassLoader())));
    }

    void configure(BackupSettings chosen) {
        settings = chosen;
        folder = new BackupFolder(chosen.directory());
    }

    public BackupSettings settings() {
        return settings;
    }

    /** Whether this product backs up its database itself (not with an operator's database). */
    public boolean available() {
        return settings.embeddedDatabase();
    }

    public List<Backup> kept() {
        return available() ? folder.list() : List.of();
    }

    public Optional<Instant> newest() {
        return available() ? folder.newest() : Optional.empty();
    }

    /** Takes a backup now, checks it and deletes those past their days; the backup kept. */
    public synchronized Backup take() throws BackupFailed {
        if (!available()) {
            throw new BackupFailed("Backups of this database are taken by its operator.");
        }
        var now = clock.instant();
        var name = BackupFolder.nameFor(now);
        var finalDir = folder.directory().resolve(name);
        if (Files.exists(finalDir)) {
            throw new BackupFailed("A backup was taken a moment ago; try again in a second.");
        }
        var work = folder.directory().resolve(".partial-" + name);
        var scratch = folder.directory().resolve(".check-" + name);
        try {
            folder.removeLeftovers();
            Files.createDirectories(folder.directory());

            reclaimFreedPages();
            write(work);
            var tables =
                    DerbyCopies.restore(
                            work.resolve(BackupFolder.DATABASE), scratch.resolve("copy"));
            BackupFolder.deleteTree(scratch);
            Files.move(work, finalDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException | UncheckedIOException | IllegalStateException e) {
            discard(work, scratch);
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Backup {0} failed and was discarded: {1}",
                    name,
                    e.getMessage());
            throw new BackupFailed("The backup failed and nothing of it was kept.", e);
        }

        var backup = folder.list().stream().filter(b -> b.name().equals(name)).findFirst();
        LOG.log(System.Logger.Level.INFO, "Backup {0} taken and checked", name);
        for (var removed : folder.removeOlderThan(settings.keep(), now)) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "Backup {0} deleted: older than {1} days",
                    removed,
                    settings.keepDays());
        }
        return backup.orElseThrow(() -> new BackupFailed("The backup vanished after it was kept."));
    }

    /**
     * Rebuilds every table so that the pages of deleted rows (erased accounts) are given back to
     * the file system instead of being copied into the backup, then checkpoints.
     */
    private void reclaimFreedPages() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var tables = new ArrayList<String[]>();
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery(EVERY_TABLE)) {
                while (result.next()) {
                    tables.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            try (var compress =
                    connection.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
                for (var table : tables) {
                    compress.setString(1, table[0]);
                    compress.setString(2, table[1]);
                    compress.execute();
                }
            }
            try (var checkpoint =
                    connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()")) {
                checkpoint.execute();
            }
        }
    }

    private void write(Path work) throws SQLException {
        try (var connection = dataSource.getConnection();
                var backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, work.toString());
            backup.execute();
        }
    }

    private static void discard(Path... dirs) {
        for (var dir : dirs) {
            try {
                BackupFolder.deleteTree(dir);
            } catch (UncheckedIOException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Could not delete the unfinished backup directory {0}",
                        dir.getFileName());
            }
        }
    }
}
