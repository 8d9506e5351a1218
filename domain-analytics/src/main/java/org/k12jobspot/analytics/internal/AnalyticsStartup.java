package org.k12jobspot.analytics.internal;

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
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts the analytics module when the application is deployed, once its tables are up to date (the
 * web application runs every module's changelog first): the user-agent parser is built in the
 * background, and buffered counts are written every few seconds (K12_ANALYTICS_FLUSH_SECONDS). A
 * crash loses at most the counts of one interval. The last write at a normal stop is not made here:
 * Payara removes the application's data source before this bean is destroyed, so the web layer asks
 * for it when its context ends ({@link org.k12jobspot.analytics.api.Traffic#writeBuffered()}),
 * while the data source still answers.
 */
@Singleton
@Startup
// The web application's start-up bean that migrates every module's tables.
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class AnalyticsStartup {

    private static final System.Logger LOG = System.getLogger(AnalyticsStartup.class.getName());

    @Resource ManagedScheduledExecutorService scheduler;
    @Inject AnalyticsSettings settings;
    @Inject RecordedTraffic traffic;
    @Inject CounterStore store;

    private ScheduledFuture<?> flushes;

    @PostConstruct
    void start() {
        // Creates the store now: at stop its persistence context can no longer be looked up, and
        // the last write would fail if it were the store's first use.
        store.add(Map.of(), Map.of());
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
    }

    private void flushQuietly() {
        try {
            traffic.flush();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Analytics flush failed", e);
        }
    }
}
