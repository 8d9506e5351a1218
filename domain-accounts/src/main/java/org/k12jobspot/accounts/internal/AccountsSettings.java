package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
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
    @ConfigProperty(name = "k12.reset.minutes", defaultValue = "60")
    int resetMinutes;

    @Inject
    @ConfigProperty(name = "k12.reset.mails.per.hour", defaultValue = "3")
    int resetMailsPerHour;

    @Inject
    @ConfigProperty(name = "k12.deletion.link.hours", defaultValue = "72")
    int deletionLinkHours;

    @Inject
    @ConfigProperty(name = "k12.contact.retention.days", defaultValue = "30")
    int contactRetentionDays;

    @Inject
    @ConfigProperty(name = "k12.signin.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "k12.signin.lock.minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "k12.admin.email", defaultValue = "admin@k12jobspot.example")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "k12.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "k12.admin.name", defaultValue = "Site administrator")
    String adminName;

    @Inject
    @ConfigProperty(name = "k12.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "k12.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(
            name = "k12.mail.from",
            defaultValue = "K12JobSpot <no-reply@k12jobspot.example>")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "k12.mail.interval.seconds", defaultValue = "3")
    int mailIntervalSeconds;

    @Inject
    @ConfigProperty(name = "k12.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "k12.default.data.dir")
    Optional<String> defaultDataDir;

    /** Where links in mail point: K12_BASE_URL, else this machine on the configured port. */
    String baseUrl() {
        var url = baseUrl.filter(u -> !u.isBlank()).orElse("http://localhost:" + port);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The product's data directory (K12_DATA_DIR, else the run command's default, else ./data), as
     * the web application resolves it; also when the database is elsewhere (K12_DB_URL).
     */
    Path dataDirectory() {
        var dir =
                dataDir.filter(d -> !d.isBlank())
                        .or(() -> defaultDataDir.filter(d -> !d.isBlank()))
                        .orElse("data");
        return Path.of(dir).toAbsolutePath().normalize();
    }

    Duration verificationLifetime() {
        return Duration.ofHours(verificationHours);
    }

    Duration resetLifetime() {
        return Duration.ofMinutes(resetMinutes);
    }

    Duration deletionLinkLifetime() {
        return Duration.ofHours(deletionLinkHours);
    }

    /** How long a closed contact request without an account is kept before it is deleted. */
    Duration contactRetention() {
        return Duration.ofDays(contactRetentionDays);
    }

    ResetLimit resetLimit() {
        return new ResetLimit(resetMailsPerHour, Duration.ofHours(1));
    }

    SignInLock signInLock() {
        return new SignInLock(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    String adminEmail() {
        return adminEmail;
    }

    Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    String adminName() {
        return adminName;
    }

    Optional<String> smtpHost() {
        return smtpHost.filter(h -> !h.isBlank());
    }

    int smtpPort() {
        return smtpPort;
    }

    String mailFrom() {
        return mailFrom;
    }

    int mailIntervalSeconds() {
        return mailIntervalSeconds;
    }
}
