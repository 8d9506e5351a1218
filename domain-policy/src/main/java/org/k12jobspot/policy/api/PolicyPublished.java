package org.k12jobspot.policy.api;

import java.time.Instant;
import java.time.LocalDate;

/** A new version of the privacy policy was published; it takes effect on {@code effectiveOn}. */
public record PolicyPublished(
        PolicyVersionId versionId, boolean material, LocalDate effectiveOn, Instant occurredAt) {}
