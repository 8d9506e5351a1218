package org.k12jobspot.policy.api;

import java.time.Instant;

/**
 * The one version of the privacy policy that staff are still writing. It has no number and no
 * effective date until it is published; nobody but staff reads it.
 */
public record PolicyDraft(PolicyVersionId id, String markdown, Instant updatedAt) {

    @Override
    public String toString() {
        return "PolicyDraft[id=" + id + "]";
    }
}
