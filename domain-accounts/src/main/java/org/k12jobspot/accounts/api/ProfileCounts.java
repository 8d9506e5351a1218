package org.k12jobspot.accounts.api;

import java.util.Map;

/**
 * How many job seekers there are, and how many of them have each state (as given in their address;
 * the ones without one are not in the map), each degree level and each certification title (as
 * typed, compared without case). A person with two degrees counts once under each level.
 */
public record ProfileCounts(
        long jobSeekers,
        Map<String, Long> byState,
        Map<DegreeLevel, Long> byDegreeLevel,
        Map<String, Long> byCertification) {

    public ProfileCounts {
        byState = Map.copyOf(byState);
        byDegreeLevel = Map.copyOf(byDegreeLevel);
        byCertification = Map.copyOf(byCertification);
    }
}
