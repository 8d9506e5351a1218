package org.k12jobspot.web.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The restore command ({@code bin/restore-backup <backup directory>}), run while the product is
 * stopped: makes a new database from the backup and checks every table of it, then puts it where
 * the product keeps its database ({@code derby} in K12_DATA_DIR, given as {@code k12.data.dir}).
 * The database it replaces is moved aside, not deleted. Refuses to touch a database that a running
 * product has open.
 */
public final class RestoreBackup {

    static final int RESTORED = 0;
    static final int REFUSED = 1;
    static final int RUNNING = 2;
    static final int FAILED = 3;

    private RestoreBackup() {}

    public static void main(String[] args) {
        var dataDir = Path.of(System.getProperty("k12.data.dir", "data")).toAbsolutePath();
        System.exit(restore(args, dataDir.normalize(), System.out, System.err));
    }

    static int restore(String[] args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("Usage: bin/restore-backup <backup directory>");
            return REFUSED;
        }
        var backup = databaseIn(Path.of(args[0]).toAbsolutePath().normalize());
        if (backup == null) {
            err.println(
                    "Not a backup: "
                            + args[0]
                            + " (a backup directory holds a database directory named derby).");
            return REFUSED;
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", dataDir.resolve("derby.log").toString());
        }
        var target = dataDir.resolve(BackupFolder.DATABASE);
        var restoring = dataDir.resolve(BackupFolder.DATABASE + ".restoring");
        try {
            Files.createDirectories(dataDir);
            if (isDatabase(target) && DerbyCopies.openElsewhere(target)) {
                err.println(
                        "The site is still running with the database in "
                                + target
                                + ". Stop it first, then run this command again.");
                return RUNNING;
            }
            BackupFolder.deleteTree(restoring);

            var tables = DerbyCopies.restore(backup, restoring);

            Path replaced = null;
            if (Files.exists(target)) {
                replaced =
                        dataDir.resolve(
                                BackupFolder.DATABASE
                                        + ".replaced-"
                                        + BackupFolder.nameFor(Instant.now()));
                Files.move(target, replaced);
            }
            Files.move(restoring, target);
            out.println(
                    "Restored the database in "
                            + target
                            + " from the backup "
                            + Path.of(args[0]).toAbsolutePath().normalize().getFileName()
                            + " ("
                            + tables
                            + " tables checked). Start the site again.");
            if (replaced != null) {
                out.println(
                        "The database it replaced is kept in "
                                + replaced
                                + "; delete it once the restored site works, as it holds"
                                + " everything the replaced database held.");
            }
            return RESTORED;
        } catch (SQLException | IOException | RuntimeException e) {
            BackupFolder.deleteTree(restoring);
            err.println("The restore failed; the database in " + target + " is unchanged.");
            err.println("Reason: " + e.getMessage());
            return FAILED;
        }
    }

    /** The database directory inside a backup directory (or the backup directory itself). */
    private static Path databaseIn(Path dir) {
        var inside = dir.resolve(BackupFolder.DATABASE);
        if (isDatabase(inside)) {
            return inside;
        }
        return isDatabase(dir) ? dir : null;
    }

    private static boolean isDatabase(Path dir) {
        return Files.isRegularFile(dir.resolve("service.properties"));
    }
}
