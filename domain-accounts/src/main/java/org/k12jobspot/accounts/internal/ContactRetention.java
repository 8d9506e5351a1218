package org.k12jobspot.accounts.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Deletes contact requests some days after staff closed them (K12_CONTACT_RETENTION_DAYS), so the
 * names, addresses and words people wrote do not stay for ever. Runs a minute after start and every
 * hour after.
 */
@ApplicationScoped
public class ContactRetention {

    private static final System.Logger LOG = System.getLogger(ContactRetention.class.getName());

    @Resource ManagedScheduledExecutorService scheduler;
    @Inject ContactDesk desk;
    @Inject AccountsClock clock;
    @Inject AccountsSettings settings;

    private ScheduledFuture<?> schedule;

    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::deleteExpired, 1, 60, TimeUnit.MINUTES);
    }

    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** One round; the deletion runs in the desk's own transaction. */
    public void deleteExpired() {
        try {
            var deleted = desk.deleteClosedBefore(clock.now().minus(settings.contactRetention()));
            if (deleted > 0) {
                LOG.log(System.Logger.Level.INFO, "{0} closed contact requests deleted", deleted);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Deleting old contact requests failed", e);
        }
    }
}
