package org.k12jobspot.analytics.api;

import java.util.OptionalLong;

/**
 * One cell of a profile statistics table: the count, or nothing when it is hidden, with the text to
 * show ("< 11" for a small cell, "hidden" for one hidden so the small one cannot be worked out).
 */
public record StatisticsCell(String label, OptionalLong count, String shown) {

    public boolean hidden() {
        return count.isEmpty();
    }
}
