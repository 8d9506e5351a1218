package org.k12jobspot.consent.api;

import java.util.Optional;
import org.k12jobspot.policy.api.PolicyVersionId;

/**
 * What a signed-in person must be shown about the policy in effect: a version to accept before
 * anything else (a material change), or a one-time notice (any other change). {@code previous} is
 * the version they accepted last, for the comparison.
 */
public record PolicyPrompt(Kind kind, PolicyVersionId current, Optional<PolicyVersionId> previous) {

    public enum Kind {
        MUST_ACCEPT,
        NOTICE
    }
}
