package org.k12jobspot.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How pages write times and dates: unambiguous, in UTC, the same for every reader. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** An instant, or an optional one (EL reaches into an Optional, so pages pass it whole). */
    public String time(Object instant) {
        return unwrap(instant) instanceof Instant i ? TIME.format(i) : "";
    }

    public String date(Object date) {
        return unwrap(date) instanceof LocalDate d ? d.toString() : "";
    }

    /** Text, or an optional text; empty when absent. */
    public String text(Object text) {
        var value = unwrap(text);
        return value == null ? "" : value.toString();
    }

    private static Object unwrap(Object value) {
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }
}
