package org.k12jobspot.analytics.api;

import java.time.LocalDate;

/** Page views and unique visitors of one day (UTC). */
public record DailyVisits(LocalDate day, long views, long visitors) {}
