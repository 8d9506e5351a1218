package org.k12jobspot.analytics.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Page-view counts not yet written: each view adds one to a counter per dimension, and {@link
 * #drain()} hands the totals over to be added to the stored counters.
 */
final class CounterBuffer {

    record Key(LocalDate day, Dimension dimension, String label) {}

    private final ConcurrentHashMap<Key, LongAdder> counts = new ConcurrentHashMap<>();

    void add(PageView view) {
        increment(view.day(), Dimension.VIEWS, "all");
        increment(view.day(), Dimension.HOUR, String.format("%02d", view.hour()));
        increment(view.day(), Dimension.ROUTE, view.route());
        increment(view.day(), Dimension.REFERRER, view.referrer());
        increment(view.day(), Dimension.BROWSER, view.browser());
        increment(view.day(), Dimension.SYSTEM, view.system());
        increment(view.day(), Dimension.NETWORK, view.network());
        increment(view.day(), Dimension.COUNTRY, view.country());
    }

    /** Takes the counts gathered so far; views counted meanwhile stay for the next drain. */
    Map<Key, Long> drain() {
        var drained = new HashMap<Key, Long>();
        var newest = counts.keySet().stream().map(Key::day).max(LocalDate::compareTo);
        for (var entry : counts.entrySet()) {
            // Counters stay in the map while in use, so no increment is lost between read and
            // reset.
            var n = entry.getValue().sumThenReset();
            if (n > 0) {
                drained.put(entry.getKey(), n);
            } else if (entry.getKey().day().isBefore(newest.orElseThrow())) {
                counts.remove(entry.getKey(), entry.getValue());
            }
        }
        return drained;
    }

    /** Puts counts back after a failed write, so the next flush tries again. */
    void restore(Map<Key, Long> unwritten) {
        unwritten.forEach((key, n) -> counts.computeIfAbsent(key, k -> new LongAdder()).add(n));
    }

    private void increment(LocalDate day, Dimension dimension, String label) {
        counts.computeIfAbsent(new Key(day, dimension, label), k -> new LongAdder()).increment();
    }
}
