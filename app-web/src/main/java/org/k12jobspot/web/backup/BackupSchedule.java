package org.k12jobspot.web.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the next scheduled backup is due: one interval after the newest kept backup. With none kept,
 * one interval after start-up but at most an hour, so a server restarted more often than the
 * interval still gets its first backup.
 */
public record BackupSchedule(Duration every) {

    static final Duration FIRST_AT_MOST = Duration.ofHours(1);

    public BackupSchedule {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("A schedule needs a positive interval");
        }
    }

    public Instant nextDue(Optional<Instant> newestBackup, Instant startedAt) {
        return newestBackup
                .map(newest -> newest.plus(every))
                .orElseGet(() -> startedAt.plus(min(every, FIRST_AT_MOST)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
