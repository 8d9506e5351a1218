package org.k12jobspot.web.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFolderTest {

    private static final Instant NOW = Instant.parse("2026-12-04T21:00:00Z");

    @TempDir Path dir;

    @Test
    void listsBackupsNewestFirstWithTheirSize() throws Exception {
        backup("2026-12-01T03-00-00Z", 10);
        backup("2026-12-03T03-00-00Z", 2500);

        var kept = new BackupFolder(dir).list();

        assertThat(kept)
                .extracting(Backup::name)
                .containsExactly("2026-12-03T03-00-00Z", "2026-12-01T03-00-00Z");
        assertThat(kept.get(0).takenAt()).isEqualTo(Instant.parse("2026-12-03T03:00:00Z"));
        assertThat(kept.get(0).bytes()).isEqualTo(2500);
        assertThat(kept.get(0).size()).isEqualTo("2.4 kB");
    }

    @Test
    void countsNeitherWorkInProgressNorOtherDirectories() throws Exception {
        backup(".partial-2026-12-04T20-00-00Z", 10);
        backup("notes", 10);
        Files.writeString(dir.resolve("2026-12-02T03-00-00Z.txt"), "not a directory");

        assertThat(new BackupFolder(dir).list()).isEmpty();
    }

    @Test
    void deletesBackupsOlderThanTheDaysToKeep() throws Exception {
        backup("2026-11-26T20-59-59Z", 10);
        backup("2026-11-27T21-00-00Z", 10);
        backup("2026-12-04T20-00-00Z", 10);

        var removed = new BackupFolder(dir).removeOlderThan(Duration.ofDays(7), NOW);

        assertThat(removed).containsExactly("2026-11-26T20-59-59Z");
        assertThat(dir.resolve("2026-11-26T20-59-59Z")).doesNotExist();
        assertThat(new BackupFolder(dir).list())
                .extracting(Backup::name)
                .containsExactly("2026-12-04T20-00-00Z", "2026-11-27T21-00-00Z");
    }

    @Test
    void removesLeftoversOfUnfinishedBackupsOnly() throws Exception {
        backup(".partial-2026-12-04T20-00-00Z", 10);
        backup(".check-2026-12-04T20-00-00Z", 10);
        backup("2026-12-04T19-00-00Z", 10);

        new BackupFolder(dir).removeLeftovers();

        try (var left = Files.list(dir)) {
            assertThat(left)
                    .extracting(p -> p.getFileName().toString())
                    .containsExactly("2026-12-04T19-00-00Z");
        }
    }

    @Test
    void namesABackupByItsMomentInUtc() {
        assertThat(BackupFolder.nameFor(Instant.parse("2026-12-04T20:55:07.123Z")))
                .isEqualTo("2026-12-04T20-55-07Z");
    }

    private void backup(String name, int bytes) throws Exception {
        var database = Files.createDirectories(dir.resolve(name).resolve("derby"));
        Files.write(database.resolve("seg0.dat"), new byte[bytes]);
    }
}
