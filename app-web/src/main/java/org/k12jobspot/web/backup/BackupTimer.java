package org.k12jobspot.web.backup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.k12jobspot.web.platform.DatabaseMigrations;

/**
 * Takes the scheduled backups: every five minutes (K12_BACKUP_LOOK_SECONDS) it looks whether one is
 * due (see {@link BackupSchedule}) and takes it. Does nothing when the schedule is off or the
 * database is not the product's own embedded one.
 */
@Singleton
@Startup
@DependsOn(DatabaseMigrations.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class BackupTimer {

    private static final System.Logger LOG = System.getLogger(BackupTimer.class.getName());

    @Resource ManagedScheduledExecutorService scheduler;
    @Inject Backups backups;

    @Inject
    @ConfigProperty(name = "k12.backup.look.seconds", defaultValue = "300")
    long lookSeconds;

    private Instant startedAt;
    private ScheduledFuture<?> looks;

    @PostConstruct
    void start() {
        startedAt = Instant.now();
        var settings = backups.settings();
        if (!settings.scheduled()) {
            LOG.log(
                    System.Logger.Level.INFO,
                    settings.embeddedDatabase()
                            ? "Scheduled backups switched off"
                            : "No scheduled backups: the database is kept by its operator");
            return;
        }
        looks =
                scheduler.scheduleWithFixedDelay(
                        this::takeIfDue,
                        Math.max(lookSeconds, 1),
                        Math.max(lookSeconds, 1),
                        TimeUnit.SECONDS);
        LOG.log(
                System.Logger.Level.INFO,
                "Scheduled backups every {0} hours, kept {1} days",
                settings.everyHours(),
                settings.keepDays());
    }

    @PreDestroy
    void stop() {
        if (looks != null) {
            looks.cancel(false);
        }
    }

    /** When the next scheduled backup is due, if backups are scheduled. */
    public Optional<Instant> nextDue() {
        return backups.settings().schedule().map(s -> s.nextDue(backups.newest(), startedAt));
    }

    private void takeIfDue() {
        try {
            var due = nextDue();
            if (due.isPresent() && !Instant.now().isBefore(due.get())) {
                backups.take();
            }
        } catch (BackupFailed e) {
            // Already logged with its reason by Backups.
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Scheduled backup look-up failed", e);
        }
    }
}
