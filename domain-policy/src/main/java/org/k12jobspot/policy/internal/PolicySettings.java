package org.k12jobspot.policy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.k12jobspot.policy.api.SiteContact;

/** The policy module's settings, from MicroProfile Config (each also an environment variable). */
@ApplicationScoped
public class PolicySettings {

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
    @ConfigProperty(name = "k12.contact.postal")
    Optional<String> contactPostal;

    @Inject
    @ConfigProperty(name = "k12.contact.phone")
    Optional<String> contactPhone;

    /** Where links in mail point: K12_BASE_URL, else this machine on the configured port. */
    String baseUrl() {
        var url = baseUrl.filter(u -> !u.isBlank()).orElse("http://localhost:" + port);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    SiteContact siteContact() {
        var methods = contact();
        return new SiteContact(baseUrl(), methods.email(), methods.postal(), methods.phone());
    }

    ContactMethods contact() {
        return new ContactMethods(
                Optional.of(contactEmail).filter(e -> !e.isBlank()),
                contactPostal.filter(p -> !p.isBlank()),
                contactPhone.filter(p -> !p.isBlank()));
    }
}
