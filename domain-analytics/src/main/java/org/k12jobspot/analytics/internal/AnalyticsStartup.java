package org.k12jobspot.analytics.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Starts the analytics module when the application is deployed: its tables are migrated, the
 * user-agent parser is built in the background, and buffered counts are written every few seconds
 * (K12_ANALYTICS_FLUSH_SECONDS). A graceful stop writes what is still buffered; a crash loses at
 * most the counts of one interval.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AnalyticsStartup {

    private static final System.Logger LOG = System.getLogger(AnalyticsStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/k12")
    DataSource dataSource;

    @Resource ManagedScheduledExecutorService scheduler;
    @Inject AnalyticsSettings settings;
    @Inject RecordedTraffic traffic;

    private ScheduledFuture<?> flushes;

    @PostConstruct
    void start() {
        AnalyticsSchema.migrate(dataSource);
        traffic.start();
        if (!settings.enabled()) {
            LOG.log(System.Logger.Level.INFO, "Analytics module started, counting switched off");
            return;
        }
        scheduler.execute(traffic::buildParser);
        flushes =
                scheduler.scheduleWithFixedDelay(
                        this::flushQuietly,
                        settings.flushSeconds(),
                        settings.flushSeconds(),
                        TimeUnit.SECONDS);
        LOG.log(System.Logger.Level.INFO, "Analytics module started");
    }

    @PreDestroy
    void stop() {
        if (flushes != null) {
            flushes.cancel(false);
        }
        flushQuietly();
    }

    private void flushQuietly() {
        try {
            traffic.flush();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Analytics flush failed", e);
        }
    }
}
