package org.k12jobspot.policy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.k12jobspot.policy.api.PolicyPublished;
import org.k12jobspot.policy.api.PublishedPolicy;

/**
 * Remembers the version in effect, which the site asks for on every request of a signed-in job
 * seeker, for the day it was found on; forgets it once a publication's transaction has ended,
 * committed or not. A lookup that overlapped a publication is not kept. Not transactional itself:
 * it observes the end of other transactions.
 */
@ApplicationScoped
public class PolicyInEffect {

    private final AtomicLong publications = new AtomicLong();
    private volatile Known known;

    public PublishedPolicy on(LocalDate day, Supplier<PublishedPolicy> lookUp) {
        var hit = known;
        if (hit != null && hit.day().equals(day)) {
            return hit.policy();
        }

        var seen = publications.get();
        var policy = lookUp.get();
        if (publications.get() == seen) {
            known = new Known(day, policy);
        }
        return policy;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) PolicyPublished published) {
        publications.incrementAndGet();
        known = null;
    }

    private record Known(LocalDate day, PublishedPolicy policy) {}
}
