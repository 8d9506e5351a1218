package org.k12jobspot.analytics.internal;

/** What a daily counter counts page views by; stored by name. */
enum Dimension {
    VIEWS,
    HOUR,
    ROUTE,
    REFERRER,
    BROWSER,
    SYSTEM,
    NETWORK,
    COUNTRY
}
