package org.k12jobspot.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * How many password-reset mails one account may be sent within a sliding window, so that nobody can
 * flood a person's mailbox by asking again and again.
 */
record ResetLimit(int maxMails, Duration window) {

    /** Whether one more mail may go out now, given when the earlier ones were issued. */
    boolean allowsAnother(Collection<Instant> issued, Instant now) {
        var recent = issued.stream().filter(at -> counts(at, now)).count();
        return recent < maxMails;
    }

    /** Whether a mail issued at {@code at} still counts towards the limit at {@code now}. */
    boolean counts(Instant at, Instant now) {
        return at.isAfter(now.minus(window));
    }
}
