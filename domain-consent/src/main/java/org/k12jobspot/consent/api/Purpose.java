package org.k12jobspot.consent.api;

/**
 * What a person can consent to. Acceptance of the policy is given per version and is required to
 * hold an account; the transfer to the US is required of those who live elsewhere.
 */
public enum Purpose {
    POLICY_ACCEPTANCE("Acceptance of the privacy policy"),
    MARKETING_EMAIL("Email about K12JobSpot's own products"),
    PROFILE_RELEASE("Release of the candidacy profile to employers"),
    US_TRANSFER("Storage and processing of data in the United States");

    private final String title;

    Purpose(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
