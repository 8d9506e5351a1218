package org.k12jobspot.analytics.api;

/** Counts page views. Cheap enough to call on every request; does nothing when switched off. */
public interface Traffic {

    /** Whether counting is on (K12_ANALYTICS_ENABLED). */
    boolean enabled();

    /** Reduces the request to counts in memory; the counts reach the database within seconds. */
    void count(PageRequest request);

    /**
     * Adds the buffered counts to the stored ones now. The web layer calls this when the
     * application stops normally, so a stop loses nothing; a crash loses one interval at most.
     */
    void writeBuffered();
}
