package org.k12jobspot.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.k12jobspot.web.backup.Backup;
import org.k12jobspot.web.backup.BackupFailed;
import org.k12jobspot.web.backup.BackupSettings;
import org.k12jobspot.web.backup.BackupTimer;
import org.k12jobspot.web.backup.Backups;
import org.k12jobspot.web.platform.FieldMessages;
import org.k12jobspot.web.platform.Formats;

/** Backups for administrators: the kept ones, the schedule, and a backup taken on demand. */
@Named
@RequestScoped
public class BackupsView {

    @Inject Backups backups;
    @Inject BackupTimer timer;
    @Inject Formats formats;

    private List<Backup> kept;

    public void takeNow() {
        try {
            var backup = backups.take();
            kept = null;
            FieldMessages.info(
                    "Backup taken at "
                            + formats.time(backup.takenAt())
                            + " ("
                            + backup.size()
                            + ") and checked: it can be restored.");
        } catch (BackupFailed e) {
            FieldMessages.error(
                    e.getMessage()
                            + " The database itself is unchanged. The server log has the reason"
                            + " (a warning from the backups); try again, and if it fails again"
                            + " check the free space in the backup directory.");
        }
    }

    public boolean isAvailable() {
        return backups.available();
    }

    public BackupSettings getSettings() {
        return backups.settings();
    }

    public List<Backup> getKept() {
        if (kept == null) {
            kept = backups.kept();
        }
        return kept;
    }

    public Optional<Instant> getNextDue() {
        return timer.nextDue();
    }
}
