package org.k12jobspot.policy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The time as the policy module sees it; one place to replace in tests of effective dates. Days are
 * counted in UTC, the same for every reader.
 */
@ApplicationScoped
public class PolicyClock {

    private volatile Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** For tests of effective dates only. */
    public void use(Clock replacement) {
        clock = replacement;
    }
}
