package org.k12jobspot.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupSettingsTest {

    private static final Path DATA = Path.of("/srv/k12/data");

    @Test
    void backsUpDailyIntoTheDataDirectoryAndKeepsAWeekByDefault() {
        var settings = settings(Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.scheduled()).isTrue();
        assertThat(settings.everyHours()).isEqualTo(24);
        assertThat(settings.keepDays()).isEqualTo(7);
        assertThat(settings.directory()).isEqualTo(Path.of("/srv/k12/data/backups"));
        assertThat(settings.databaseDirectory()).isEqualTo(Path.of("/srv/k12/data/derby"));
    }

    @Test
    void takesTheDirectoryIntervalAndDaysFromTheSettings() {
        var settings = settings(Optional.of("/mnt/backups"), Optional.of(" 6 "), Optional.of("30"));

        assertThat(settings.directory()).isEqualTo(Path.of("/mnt/backups"));
        assertThat(settings.everyHours()).isEqualTo(6);
        assertThat(settings.schedule()).hasValueSatisfying(s -> assertThat(s.every()).hasHours(6));
        assertThat(settings.keepDays()).isEqualTo(30);
    }

    @Test
    void switchesTheScheduleOffWithZeroHours() {
        var settings = settings(Optional.empty(), Optional.of("0"), Optional.empty());

        assertThat(settings.scheduled()).isFalse();
        assertThat(settings.schedule()).isEmpty();
        assertThat(settings.embeddedDatabase()).isTrue();
    }

    @Test
    void keepsBackupsAtLeastADay() {
        var settings = settings(Optional.empty(), Optional.empty(), Optional.of("0"));

        assertThat(settings.keepDays()).isEqualTo(1);
    }

    @Test
    void leavesBackupsToTheOperatorOfAConfiguredDatabase() {
        var settings =
                BackupSettings.of(
                        Optional.of("jdbc:postgresql://127.0.0.1:5432/k12"),
                        DATA,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());

        assertThat(settings.embeddedDatabase()).isFalse();
        assertThat(settings.scheduled()).isFalse();
    }

    @Test
    void namesTheSettingThatIsNotANumber() {
        assertThatThrownBy(() -> settings(Optional.empty(), Optional.of("daily"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("K12_BACKUP_EVERY_HOURS");
    }

    private static BackupSettings settings(
            Optional<String> dir, Optional<String> everyHours, Optional<String> keepDays) {
        return BackupSettings.of(Optional.empty(), DATA, dir, everyHours, keepDays);
    }
}
