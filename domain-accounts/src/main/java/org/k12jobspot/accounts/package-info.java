/**
 * Accounts: who a person is on K12JobSpot and what their candidacy profile says.
 *
 * <p>Owns accounts and their credentials, email verification, password reset links, sign-in locks,
 * candidacy profiles (contact details, certifications, degrees) and the mail outbox. Offers the
 * facades {@code Accounts}, {@code CandidacyProfiles}, {@code StaffDirectory}, {@code Outbox} and
 * {@code ProfileStatistics} (aggregate counts only) in {@code api}.
 *
 * <p>Publishes {@code AccountRegistered}, {@code AccountVerified}, {@code PasswordChanged} and
 * {@code ProfileChanged}. Observes no other module's events.
 */
package org.k12jobspot.accounts;
