package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The time as the consent module sees it; one place to replace in tests of agreement dates. */
@ApplicationScoped
public class ConsentClock {

    private volatile Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** For tests of dates only. */
    public void use(Clock replacement) {
        clock = replacement;
    }
}
