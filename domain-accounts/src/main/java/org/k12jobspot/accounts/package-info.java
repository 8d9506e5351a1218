/**
 * Accounts: who a person is on K12JobSpot and what their candidacy profile says.
 *
 * <p>Owns accounts and their credentials, email verification, password reset links, sign-in locks,
 * candidacy profiles (contact details, certifications, degrees), the mail outbox, the questions and
 * deletion requests of the contact page, staff roles, the append-only staff access log, the records
 * of past erasures (who and why, never whom) and the erasure journal, a file in the data directory
 * from which start-up erases again accounts that a restored database brought back. Offers the
 * facades {@code Accounts}, {@code CandidacyProfiles}, {@code StaffDirectory}, {@code
 * StaffMembers}, {@code StaffCorrections}, {@code AccessLog}, {@code Outbox}, {@code
 * ProfileStatistics} (aggregate counts only), {@code Erasures}, {@code Exports} and {@code
 * ContactRequests} in {@code api}, and the personal-data registry contract ({@code PersonalData},
 * {@code PersonalTable}) that every module implements for its own tables.
 *
 * <p>Publishes {@code AccountRegistered}, {@code AccountVerified}, {@code PasswordChanged}, {@code
 * ProfileChanged}, {@code AccountCorrected}, {@code StaffMemberDisabled} and {@code AccountErased}
 * (synchronously, inside the erasure's transaction), and observes {@code AccountErased} itself to
 * remove its own rows.
 */
package org.k12jobspot.accounts;
