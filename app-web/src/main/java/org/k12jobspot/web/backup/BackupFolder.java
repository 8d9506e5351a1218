package org.k12jobspot.web.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The directory of kept backups. Each backup is a directory named by the moment it was taken (UTC,
 * e.g. {@code 2026-12-04T20-55-00Z}) holding the database copy; names starting with a dot are work
 * in progress and never count as backups, nor does anything else that is not named by a moment.
 */
public final class BackupFolder {

    static final String DATABASE = "derby";
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;

    public BackupFolder(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** The kept backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory)
                    .flatMap(dir -> backup(dir).stream())
                    .sorted(Comparator.comparing(Backup::takenAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Instant> newest() {
        return list().stream().findFirst().map(Backup::takenAt);
    }

    /** The name a backup taken at this moment gets. */
    static String nameFor(Instant takenAt) {
        return NAME.format(takenAt.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Deletes every backup taken before {@code now - keep}; the names of those deleted. */
    public List<String> removeOlderThan(Duration keep, Instant now) {
        var cutoff = now.minus(keep);
        var removed = new ArrayList<String>();
        for (var backup : list()) {
            if (backup.takenAt().isBefore(cutoff)) {
                deleteTree(directory.resolve(backup.name()));
                removed.add(backup.name());
            }
        }
        return removed;
    }

    /** Deletes work-in-progress directories a crash or a failed backup may have left behind. */
    void removeLeftovers() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var entries = Files.list(directory)) {
            for (var dir : entries.toList()) {
                if (dir.getFileName().toString().startsWith(".")) {
                    deleteTree(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Backup> backup(Path dir) {
        var name = dir.getFileName().toString();
        if (name.startsWith(".")) {
            return Optional.empty();
        }
        try {
            var takenAt = Instant.from(NAME.parse(name));
            return Optional.of(new Backup(name, takenAt, size(dir)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(BackupFolder::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
