package org.k12jobspot.policy.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published version of the privacy policy. It never changes once published; {@code number} counts
 * versions from 1 and {@code effectiveOn} is never before that of the version it follows.
 */
public record PublishedPolicy(
        PolicyVersionId id,
        int number,
        LocalDate effectiveOn,
        String changeSummary,
        boolean material,
        Instant publishedAt) {}
