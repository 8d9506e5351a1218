package org.k12jobspot.analytics.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.k12jobspot.analytics.api.PageRequest;

/**
 * Reduces a page request to a {@link PageView} at once. The address is used only to look up the
 * network and country, and the user agent only to parse the browser and system; neither is kept.
 */
final class Reduction {

    private final Set<String> trustedProxies;
    private final IpRanges ranges;
    private final Agents agents;

    Reduction(Set<String> trustedProxies, IpRanges ranges, Agents agents) {
        this.trustedProxies = Set.copyOf(trustedProxies);
        this.ranges = ranges;
        this.agents = agents;
    }

    /** The visitor's address as this site believes it, for the daily unique-visitor hash only. */
    String addressOf(PageRequest request) {
        return ClientAddresses.of(request.peerAddress(), request.forwardedFor(), trustedProxies);
    }

    /** Whether the request is a page view that is counted at all. */
    boolean counts(PageRequest request) {
        return Routes.of(request.method(), request.path(), request.status(), request.partial())
                .isPresent();
    }

    Optional<PageView> reduce(PageRequest request, Instant at) {
        var route =
                Routes.of(request.method(), request.path(), request.status(), request.partial());
        if (route.isEmpty()) {
            return Optional.empty();
        }
        var time = at.atOffset(ZoneOffset.UTC);
        var place = ranges.placeOf(addressOf(request));
        var agent = agents.parse(request.userAgent());
        return Optional.of(
                new PageView(
                        time.toLocalDate(),
                        time.getHour(),
                        route.get(),
                        Referrers.domainOf(request.referrer(), request.host()),
                        agent.browser(),
                        agent.system(),
                        place.network(),
                        place.country()));
    }
}
