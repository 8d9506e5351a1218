package org.k12jobspot.analytics.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The analytics module's settings, from MicroProfile Config (each also an environment variable).
 */
@ApplicationScoped
public class AnalyticsSettings {

    @Inject
    @ConfigProperty(name = "k12.analytics.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "k12.analytics.min.cell", defaultValue = "11")
    int minimumCell;

    @Inject
    @ConfigProperty(name = "k12.analytics.flush.seconds", defaultValue = "5")
    int flushSeconds;

    @Inject
    @ConfigProperty(name = "k12.analytics.trusted.proxies")
    Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = "k12.analytics.ip.ranges")
    Optional<String> ipRanges;

    @Inject
    @ConfigProperty(name = "k12.analytics.agent.cache", defaultValue = "2000")
    int agentCache;

    boolean enabled() {
        return enabled;
    }

    int minimumCell() {
        return Math.max(minimumCell, 1);
    }

    int flushSeconds() {
        return Math.max(flushSeconds, 1);
    }

    Set<String> trustedProxies() {
        return trustedProxies
                .map(
                        list ->
                                Arrays.stream(list.split(","))
                                        .map(String::strip)
                                        .filter(s -> !s.isEmpty())
                                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    Optional<Path> ipRanges() {
        return ipRanges.filter(p -> !p.isBlank()).map(Path::of);
    }

    int agentCache() {
        return Math.max(agentCache, 10);
    }
}
