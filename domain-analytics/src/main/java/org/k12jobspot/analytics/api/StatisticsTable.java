package org.k12jobspot.analytics.api;

import java.util.List;

/** A profile statistics table with its small cells hidden, and the total as it may be shown. */
public record StatisticsTable(String title, List<StatisticsCell> cells, String total) {}
