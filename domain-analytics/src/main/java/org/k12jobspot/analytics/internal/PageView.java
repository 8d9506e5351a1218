package org.k12jobspot.analytics.internal;

import java.time.LocalDate;

/**
 * What is left of a page request after reduction: nothing in it can hold an address or a user-agent
 * string, and it names no account.
 */
record PageView(
        LocalDate day,
        int hour,
        String route,
        String referrer,
        String browser,
        String system,
        String network,
        String country) {}
