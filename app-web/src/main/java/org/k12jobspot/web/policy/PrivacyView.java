package org.k12jobspot.web.policy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PublishedPolicy;

/** The public privacy page: the version in effect, every published version, a compare form. */
@Named
@RequestScoped
public class PrivacyView {

    @Inject Policies policies;

    private PublishedPolicy current;
    private List<PublishedPolicy> versions = List.of();

    @PostConstruct
    void load() {
        current = policies.current();
        versions = policies.published();
    }

    public PublishedPolicy getCurrent() {
        return current;
    }

    public List<PublishedPolicy> getVersions() {
        return versions;
    }

    /** Whether the version is published but takes effect later than the current one. */
    public boolean isUpcoming(PublishedPolicy version) {
        return version.number() > current.number();
    }

    /** The compare form starts at the version before the current one. */
    public int getCompareFrom() {
        return Math.max(1, current.number() - 1);
    }

    public int getCompareTo() {
        return versions.isEmpty() ? current.number() : versions.getFirst().number();
    }
}
