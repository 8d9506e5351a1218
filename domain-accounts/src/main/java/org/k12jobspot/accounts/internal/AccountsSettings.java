package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The accounts module's settings, from MicroProfile Config (each also an environment variable). */
@ApplicationScoped
public class AccountsSettings {

    @Inject
    @ConfigProperty(name = "k12.port", defaultValue = "8080")
    int port;

    @Inject
    @ConfigProperty(name = "k12.base.url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "k12.verification.hours", defaultValue = "48")
    int verificationHours;

    @Inject
    @ConfigProperty(name = "k12.signin.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "k12.signin.lock.minutes", defaultValue = "15")
    int lockMinutes;

    /** Where links in mail point: K12_BASE_URL, else this machine on the configured port. */
    String baseUrl() {
        var url = baseUrl.filter(u -> !u.isBlank()).orElse("http://localhost:" + port);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    Duration verificationLifetime() {
        return Duration.ofHours(verificationHours);
    }

    SignInLock signInLock() {
        return new SignInLock(maxFailures, Duration.ofMinutes(lockMinutes));
    }
}
