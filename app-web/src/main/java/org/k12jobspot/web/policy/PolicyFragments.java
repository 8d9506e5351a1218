package org.k12jobspot.web.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PolicyComparison;
import org.k12jobspot.policy.api.PolicyVersionId;

/**
 * What the composite components {@code k12:policyText} and {@code k12:policyDiff} show: the safe
 * HTML of a published version and the changes between two. Unknown versions show nothing.
 */
@Named
@RequestScoped
public class PolicyFragments {

    @Inject Policies policies;

    /** Sanitized HTML of the version (the module renders and cleans it); empty if unknown. */
    public String html(PolicyVersionId version) {
        return version == null ? "" : policies.html(version).orElse("");
    }

    /** The comparison, or null when either version is unknown. */
    public PolicyComparison comparison(PolicyVersionId from, PolicyVersionId to) {
        if (from == null || to == null) {
            return null;
        }
        return policies.compare(from, to).orElse(null);
    }
}
