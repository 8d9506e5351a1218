package org.k12jobspot.web.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The days a report covers, from the request's {@code from} and {@code to} parameters: the last 30
 * days (UTC) unless both are valid dates, at most a year, in order. Whatever had to be corrected is
 * said per field, for the page to show beside it.
 */
public record DateRange(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    /** A range and, by field name ({@code from}, {@code to}), what was wrong with the request. */
    public record Choice(DateRange range, Map<String, String> problems) {}

    public static DateRange of(String from, String to, Clock clock) {
        return choose(from, to, clock).range();
    }

    public static Choice choose(String from, String to, Clock clock) {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var problems = new LinkedHashMap<String, String>();
        var start = parse(from, "from", problems);
        var end = parse(to, "to", problems);
        if (start == null || end == null) {
            if (start != null || end != null) {
                problems.putIfAbsent(start == null ? "from" : "to", "Enter this date too.");
            }
            if (!problems.isEmpty()) {
                problems.replaceAll((field, message) -> message + " Showing the last 30 days.");
            }
            return new Choice(
                    new DateRange(today.minusDays(DEFAULT_DAYS - 1L), today), Map.copyOf(problems));
        }
        if (end.isBefore(start)) {
            problems.put("to", "The end came before the start; the two dates were swapped.");
            var swap = start;
            start = end;
            end = swap;
        }
        if (end.isAfter(today)) {
            problems.put("to", "Nothing is counted after today; the report ends today.");
            end = today;
        }
        if (start.isAfter(end)) {
            problems.put("from", "Nothing is counted after today; the report covers today.");
            start = end;
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            start = end.minusDays(MAX_DAYS - 1L);
            problems.put(
                    "from",
                    "A report covers at most " + MAX_DAYS + " days; it starts on " + start + ".");
        }
        return new Choice(new DateRange(start, end), Map.copyOf(problems));
    }

    private static LocalDate parse(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            var date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                problems.put(field, "Choose a date between the years 2000 and 2999.");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.put(field, "Enter the date as YYYY-MM-DD, for example 2026-03-01.");
            return null;
        }
    }
}
