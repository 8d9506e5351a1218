package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** The time as the accounts module sees it; one place to replace in tests of time rules. */
@ApplicationScoped
public class AccountsClock {

    private volatile Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    /** For tests of locks and expiry only. */
    public void use(Clock replacement) {
        clock = replacement;
    }
}
