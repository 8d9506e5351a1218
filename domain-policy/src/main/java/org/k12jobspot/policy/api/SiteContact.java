package org.k12jobspot.policy.api;

import java.util.Optional;

/**
 * How people reach the site, as the policy states it: its address (no trailing slash), for links in
 * mail and receipts, and the privacy contact methods the deployer configured.
 */
public record SiteContact(
        String siteUrl, Optional<String> email, Optional<String> postal, Optional<String> phone) {

    /** Where a published version of the policy can be read. */
    public String policyUrl(int number) {
        return siteUrl + "/privacy/version?number=" + number;
    }
}
