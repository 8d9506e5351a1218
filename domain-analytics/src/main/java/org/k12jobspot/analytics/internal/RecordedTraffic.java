package org.k12jobspot.analytics.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import org.k12jobspot.analytics.api.PageRequest;
import org.k12jobspot.analytics.api.Traffic;

/**
 * Counts page views in memory; {@link #flush()} adds them to the counter tables. Holds the day's
 * unique-visitor key and hashes, which never leave memory.
 */
@ApplicationScoped
public class RecordedTraffic implements Traffic {

    private static final System.Logger LOG = System.getLogger(RecordedTraffic.class.getName());

    @Inject AnalyticsSettings settings;
    @Inject CounterStore store;

    private final Agents agents = new Agents();
    private final CounterBuffer buffer = new CounterBuffer();
    private volatile Clock clock = Clock.systemUTC();
    private volatile DailyVisitors visitors = new DailyVisitors(clock);
    private volatile Reduction reduction;
    private volatile boolean enabled;

    /** Loads the IP ranges; called once at start-up, before {@link #buildParser()}. */
    void start() {
        enabled = settings.enabled();
        var ranges = IpRanges.NONE;
        var file = settings.ipRanges();
        if (file.isPresent()) {
            try {
                ranges = IpRanges.load(file.get());
                LOG.log(System.Logger.Level.INFO, "IP ranges loaded: {0}", ranges.size());
            } catch (IOException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "IP ranges not readable, networks count as unknown: {0}",
                        e.getClass().getSimpleName());
            }
        }
        reduction = new Reduction(settings.trustedProxies(), ranges, agents);
    }

    /** Builds the user-agent parser (seconds); runs in the background after start-up. */
    void buildParser() {
        if (enabled) {
            agents.build(settings.agentCache());
        }
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public void count(PageRequest request) {
        var reducer = reduction;
        if (!enabled || reducer == null) {
            return;
        }
        var view = reducer.reduce(request, clock.instant());
        if (view.isEmpty()) {
            return;
        }
        visitors.visit(reducer.addressOf(request), request.userAgent());
        buffer.add(view.get());
    }

    /** Adds what is buffered to the counter tables; on failure keeps it for the next round. */
    public void flush() {
        var views = buffer.drain();
        var newVisitors = visitors.drain();
        if (views.isEmpty() && newVisitors.isEmpty()) {
            return;
        }
        try {
            store.add(views, newVisitors);
        } catch (RuntimeException e) {
            buffer.restore(views);
            visitors.restore(newVisitors);
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Analytics counts not written yet: {0}",
                    e.getClass().getSimpleName());
        }
    }

    /** For tests of the daily key change only: a new clock starts a new visitor count. */
    public void use(Clock replacement) {
        clock = replacement;
        visitors = new DailyVisitors(replacement);
    }
}
