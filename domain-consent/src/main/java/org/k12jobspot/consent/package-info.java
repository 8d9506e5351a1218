/**
 * Consent: what each person has agreed to, and the one gate through which their data may leave
 * their account.
 *
 * <p>Owns the append-only consent ledger (policy acceptance per version, email about the site's own
 * products, release of the candidacy profile to employers, transfer of data to the US), the notices
 * of non-material policy changes already shown, the employer register with agreement dates, the
 * refused disclosures, the site's own marketing messages and their unsubscribe links.
 *
 * <p>Offers {@code Consents}, {@code Registrations} (an account and its registration consents in
 * one transaction), {@code Employers}, {@code Disclosures} (the gate), {@code ReleasedProfiles},
 * {@code Campaigns} and {@code Unsubscribes}. Publishes {@code ConsentGiven}, {@code
 * ConsentWithdrawn} and {@code DisclosureRefused}. A change staff make on a person's request is
 * also written to the accounts module's {@code AccessLog}, in the same transaction. Uses the
 * accounts and policy modules through their {@code api} packages only.
 */
package org.k12jobspot.consent;
