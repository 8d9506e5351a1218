package org.k12jobspot.accounts.api;

/**
 * The optional contact part of a candidacy profile. Any field may be empty; empty means "not
 * given", never an error.
 */
public record ContactDetails(
        String streetAddress,
        String city,
        String region,
        String postalCode,
        String phone,
        String summary) {

    public static ContactDetails empty() {
        return new ContactDetails(null, null, null, null, null, null);
    }
}
