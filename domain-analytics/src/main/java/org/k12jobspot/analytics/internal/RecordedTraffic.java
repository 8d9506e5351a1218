package org.k12jobspot.analytics.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
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

    private static final int MAX_WAITING = 10_000;

    private final Agents agents = new Agents();
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
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
            reduceWaiting();
        }
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public void count(PageRequest request) {
        var reducer = reduction;
        if (!enabled || reducer == null || !reducer.counts(request)) {
            return;
        }
        var at = clock.instant();
        visitors.visit(reducer.addressOf(request), request.userAgent());

        if (agents.ready()) {
            reducer.reduce(request, at).ifPresent(buffer::add);
        } else {
            waitingForParser(new Waiting(request, at));
        }
    }

    /**
     * Keeps a request in memory until the user-agent parser is ready (seconds after start-up), so
     * that no request thread waits for it. A bounded number wait; beyond that, agents count as
     * unknown.
     */
    private void waitingForParser(Waiting waiting) {
        if (waitingCount.incrementAndGet() > MAX_WAITING) {
            waitingCount.decrementAndGet();
            reduction.reduce(waiting.request(), waiting.at()).ifPresent(buffer::add);
            return;
        }
        this.waiting.add(waiting);
        if (agents.ready()) {
            reduceWaiting();
        }
    }

    private void reduceWaiting() {
        for (var next = waiting.poll(); next != null; next = waiting.poll()) {
            waitingCount.decrementAndGet();
            reduction.reduce(next.request(), next.at()).ifPresent(buffer::add);
        }
    }

    @Override
    public void writeBuffered() {
        // Views still waiting for the parser are counted now, with their agent as unknown.
        reduceWaiting();
        flush();
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

    private record Waiting(PageRequest request, Instant at) {}

    /** Whether every counted request has been reduced (none waits for the parser). */
    public boolean allReduced() {
        return agents.ready() && waiting.isEmpty();
    }

    /** For tests of the daily key change only: a new clock starts a new visitor count. */
    public void use(Clock replacement) {
        clock = replacement;
        visitors = new DailyVisitors(replacement);
    }
}
