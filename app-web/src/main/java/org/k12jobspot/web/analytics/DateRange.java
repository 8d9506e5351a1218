package org.k12jobspot.web.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The days a report covers, from the request's {@code from} and {@code to} parameters: the last 30
 * days (UTC) unless both are valid dates, at most a year, in order.
 */
public record DateRange(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    public static DateRange of(String from, String to, Clock clock) {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var start = parse(from);
        var end = parse(to);
        if (start == null || end == null) {
            return new DateRange(today.minusDays(DEFAULT_DAYS - 1L), today);
        }
        if (end.isBefore(start)) {
            var swap = start;
            start = end;
            end = swap;
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            start = end.minusDays(MAX_DAYS - 1L);
        }
        return new DateRange(start, end);
    }

    private static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
