package org.k12jobspot.policy.internal;

import org.k12jobspot.policy.api.PublishedPolicy;

/**
 * The transactional mail that tells every account about a new version. It goes to everyone with a
 * confirmed address whatever their marketing choice: it is about the terms of their account.
 */
record PolicyNotice(String subject, String body) {

    static PolicyNotice of(PublishedPolicy version, String baseUrl) {
        var subject =
                "Privacy policy version "
                        + version.number()
                        + " takes effect on "
                        + version.effectiveOn();
        var what =
                version.material()
                        ? "This is a material change to how we handle your data: you will be asked"
                                + " to accept it when you next sign in on or after "
                                + version.effectiveOn()
                                + "."
                        : "This change does not alter what you agreed to and needs nothing from"
                                + " you. If an earlier change is still waiting for your acceptance,"
                                + " you will be asked for it when you next sign in.";
        var body =
                "Hello,\n\n"
                        + "We have published version "
                        + version.number()
                        + " of the K12JobSpot privacy policy. It takes effect on "
                        + version.effectiveOn()
                        + ".\n\n"
                        + "What changed: "
                        + version.changeSummary()
                        + "\n\n"
                        + what
                        + "\n\n"
                        + "Read the new version, and compare it with the one before:\n"
                        + baseUrl
                        + "/privacy/compare?from="
                        + Math.max(1, version.number() - 1)
                        + "&to="
                        + version.number()
                        + "\n\nEvery version we have published stays readable at "
                        + baseUrl
                        + "/privacy\n\n"
                        + "You receive this notice because you have an account at K12JobSpot."
                        + " It is not marketing and is sent whatever your marketing choice.\n";
        return new PolicyNotice(subject, body);
    }
}
