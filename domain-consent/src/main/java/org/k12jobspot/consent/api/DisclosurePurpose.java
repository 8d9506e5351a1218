package org.k12jobspot.consent.api;

/** Why personal data would leave the person's own account. */
public enum DisclosurePurpose {
    /** An employer with an agreement considers the person for a job. */
    CANDIDACY_REVIEW,
    /** The site writes to the person about its own products. */
    OWN_MARKETING,
    /** Someone other than the site would use the data to market to the person: never allowed. */
    THIRD_PARTY_MARKETING
}
