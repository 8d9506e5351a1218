package org.k12jobspot.consent.api;

import java.time.Instant;
import java.util.Optional;
import org.k12jobspot.policy.api.PolicyVersionId;

/**
 * Where a purpose stands now, derived from the ledger: given or not, since when and under which
 * policy version. A purpose never decided is not given and has no date.
 */
public record ConsentState(
        Purpose purpose,
        boolean given,
        Optional<Instant> since,
        Optional<PolicyVersionId> policyVersion) {}
