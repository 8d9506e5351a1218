package org.k12jobspot.consent.api;

import java.util.Set;

/**
 * To whom a person releases the candidacy profile now: every employer with an active agreement, or
 * only the chosen ones (the set may be empty: released to no one).
 */
public record ReleaseState(boolean toAllWithAgreement, Set<EmployerId> chosen) {

    public ReleaseState {
        chosen = Set.copyOf(chosen);
    }

    public boolean covers(EmployerId employer) {
        return toAllWithAgreement || chosen.contains(employer);
    }
}
