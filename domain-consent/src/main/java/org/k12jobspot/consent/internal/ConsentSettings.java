package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The consent module's settings, from MicroProfile Config (each also an environment variable). */
@ApplicationScoped
public class ConsentSettings {

    @Inject
    @ConfigProperty(name = "k12.port", defaultValue = "8080")
    int port;

    @Inject
    @ConfigProperty(name = "k12.base.url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "k12.contact.email", defaultValue = "privacy@k12jobspot.example")
    String contactEmail;

    @Inject
    @ConfigProperty(name = "k12.contact.phone")
    Optional<String> contactPhone;

    @Inject
    @ConfigProperty(name = "k12.contact.postal")
    Optional<String> contactPostal;

    /** The site's address for links in mail and receipts, without a trailing slash. */
    String baseUrl() {
        var url = baseUrl.orElse("http://localhost:" + port);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String contactEmail() {
        return contactEmail;
    }

    Optional<String> contactPhone() {
        return contactPhone;
    }

    Optional<String> contactPostal() {
        return contactPostal;
    }
}
