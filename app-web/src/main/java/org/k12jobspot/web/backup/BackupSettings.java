package org.k12jobspot.web.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.k12jobspot.web.platform.DataDirectory;

/**
 * How backups are taken: whether the product may take them at all (only for its own embedded Derby
 * database; with K12_DB_URL set the database belongs to an operator), where they go
 * (K12_BACKUP_DIR, default {@code backups} in the data directory), how often
 * (K12_BACKUP_EVERY_HOURS, default 24; 0 switches the schedule off) and for how many days they are
 * kept (K12_BACKUP_KEEP_DAYS, default 7, at least 1).
 */
public record BackupSettings(
        boolean embeddedDatabase,
        Path databaseDirectory,
        Path directory,
        int everyHours,
        int keepDays) {

    static final int DEFAULT_EVERY_HOURS = 24;
    static final int DEFAULT_KEEP_DAYS = 7;

    public static BackupSettings read(Config config) {
        return of(
                config.getOptionalValue("k12.db.url", String.class),
                DataDirectory.path(),
                config.getOptionalValue("k12.backup.dir", String.class),
                config.getOptionalValue("k12.backup.every.hours", String.class),
                config.getOptionalValue("k12.backup.keep.days", String.class));
    }

    static BackupSettings of(
            Optional<String> databaseUrl,
            Path dataDirectory,
            Optional<String> directory,
            Optional<String> everyHours,
            Optional<String> keepDays) {
        var embedded = databaseUrl.filter(url -> !url.isBlank()).isEmpty();
        var dir =
                directory
                        .filter(d -> !d.isBlank())
                        .map(Path::of)
                        .orElse(dataDirectory.resolve("backups"))
                        .toAbsolutePath()
                        .normalize();
        return new BackupSettings(
                embedded,
                dataDirectory.resolve("derby").toAbsolutePath().normalize(),
                dir,
                Math.max(0, number("K12_BACKUP_EVERY_HOURS", everyHours, DEFAULT_EVERY_HOURS)),
                Math.max(1, number("K12_BACKUP_KEEP_DAYS", keepDays, DEFAULT_KEEP_DAYS)));
    }

    /** Whether backups are taken by the clock as well as by hand. */
    public boolean scheduled() {
        return embeddedDatabase && everyHours > 0;
    }

    public Optional<BackupSchedule> schedule() {
        return scheduled()
                ? Optional.of(new BackupSchedule(Duration.ofHours(everyHours)))
                : Optional.empty();
    }

    public Duration keep() {
        return Duration.ofDays(keepDays);
    }

    private static int number(String name, Optional<String> value, int fallback) {
        var text = value.map(String::strip).filter(v -> !v.isEmpty());
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number", e);
        }
    }
}
