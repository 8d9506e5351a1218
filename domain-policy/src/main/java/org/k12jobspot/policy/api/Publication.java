package org.k12jobspot.policy.api;

import java.time.LocalDate;

/**
 * What staff say when they publish the draft: which draft, a short summary of the change for
 * readers, the day it takes effect, and whether it changes what users agreed to (material).
 */
public record Publication(
        PolicyVersionId draft, String changeSummary, LocalDate effectiveOn, boolean material) {}
