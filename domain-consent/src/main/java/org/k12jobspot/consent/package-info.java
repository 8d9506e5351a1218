/**
 * Consent: the ledger of each person's choices (policy acceptance, marketing email, release of the
 * candidacy profile to employers, transfer of data to the US) and the one gate every disclosure
 * must pass.
 *
 * <p>Not built yet: the module has its place in the build and its boundaries, but no behaviour. It
 * will observe {@code AccountRegistered} and publish {@code ConsentGiven} and {@code
 * ConsentWithdrawn}.
 */
package org.k12jobspot.consent;
