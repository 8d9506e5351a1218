package org.k12jobspot.consent.api;

import java.time.Instant;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.policy.api.PolicyVersionId;

/**
 * One line of the append-only consent ledger: a purpose given or withdrawn under a policy version.
 * {@code employer} narrows a profile release to one employer; empty means all employers with an
 * active agreement. {@code reason} is set when staff acted on the person's request.
 */
public record ConsentEntry(
        ConsentEntryId id,
        AccountId account,
        Purpose purpose,
        boolean given,
        PolicyVersionId policyVersion,
        Optional<EmployerId> employer,
        ConsentSource source,
        Optional<String> reason,
        Instant recordedAt) {}
