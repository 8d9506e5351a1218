package org.k12jobspot.analytics.api;

/** One row of a traffic report: a label (a route, a browser, a site) and its count. */
public record Tally(String label, long count) {}
