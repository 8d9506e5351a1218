package org.k12jobspot.web.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupScheduleTest {

    private static final Instant STARTED = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void isDueOneIntervalAfterTheNewestBackup() {
        var schedule = new BackupSchedule(Duration.ofHours(24));

        var due = schedule.nextDue(Optional.of(Instant.parse("2026-12-03T22:15:00Z")), STARTED);

        assertThat(due).isEqualTo(Instant.parse("2026-12-04T22:15:00Z"));
    }

    @Test
    void isDueAtMostAnHourAfterStartWhenNoBackupIsKept() {
        var schedule = new BackupSchedule(Duration.ofHours(24));

        assertThat(schedule.nextDue(Optional.empty(), STARTED))
                .isEqualTo(STARTED.plus(Duration.ofHours(1)));
    }

    @Test
    void isDueOneShortIntervalAfterStartWhenNoBackupIsKept() {
        var schedule = new BackupSchedule(Duration.ofMinutes(30));

        assertThat(schedule.nextDue(Optional.empty(), STARTED))
                .isEqualTo(STARTED.plus(Duration.ofMinutes(30)));
    }

    @Test
    void isOverdueAtOnceWhenTheNewestBackupIsOlderThanTheInterval() {
        var schedule = new BackupSchedule(Duration.ofHours(6));

        var due = schedule.nextDue(Optional.of(STARTED.minus(Duration.ofDays(3))), STARTED);

        assertThat(due).isBefore(STARTED);
    }

    @Test
    void refusesAnIntervalOfNothing() {
        assertThatThrownBy(() -> new BackupSchedule(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
