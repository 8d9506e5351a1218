package org.k12jobspot.consent.api;

import org.k12jobspot.policy.api.PolicyVersionId;

/**
 * The choices made on the registration form: the policy version shown and whether it was accepted,
 * email about the site's own products (off unless ticked), the country of residence (ISO 3166 code)
 * and, for anyone outside the US, consent to the transfer of data there.
 */
public record RegistrationChoices(
        PolicyVersionId policyShown,
        boolean policyAccepted,
        boolean marketingEmail,
        String countryOfResidence,
        boolean transferAccepted) {

    public static final String UNITED_STATES = "US";
}
