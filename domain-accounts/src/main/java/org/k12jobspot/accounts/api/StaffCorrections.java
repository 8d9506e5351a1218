package org.k12jobspot.accounts.api;

import java.util.Optional;

/**
 * What staff do with one account's data: open it and correct it, each time giving a reason, which
 * the {@link AccessLog} keeps with the staff member, the time and the names of the fields (never
 * their values). Corrections follow the same field rules as the person's own forms; a refused
 * correction stores nothing. Each stored correction fires {@link AccountCorrected} and {@link
 * ProfileChanged}.
 *
 * <p>Only job seekers' accounts are opened and corrected here: staff and administrator accounts are
 * managed by administrators through {@link StaffMembers}.
 *
 * <p>Every method throws {@link InputRejected} on field {@code reason} when no reason is given (or
 * it is too long), and on field {@code account} when the staff member is not active staff or the
 * account is a staff or administrator account. Corrections return the names of the fields that
 * changed; empty when nothing did, and then nothing is logged.
 */
public interface StaffCorrections {

    /** The account's profile, after the opening is logged; empty for an unknown account. */
    Optional<CandidacyProfile> open(AccountId account, AccountId staff, String reason);

    /**
     * @throws InputRejected also on {@code fullName} and {@code email}, including an address
     *     another account uses in any letter case
     */
    Correction correctIdentity(
            AccountId account, AccountId staff, String fullName, String email, String reason);

    Correction correctContact(
            AccountId account, AccountId staff, ContactDetails contact, String reason);

    /**
     * @throws java.util.NoSuchElementException when the account holds no such certification
     */
    Correction correctCertification(
            AccountId account,
            AccountId staff,
            String certificationId,
            CertificationDraft draft,
            String reason);

    /** Deletes a wrong certification; empty when there was none to delete. */
    Correction removeCertification(
            AccountId account, AccountId staff, String certificationId, String reason);

    /**
     * @throws java.util.NoSuchElementException when the account holds no such degree
     */
    Correction correctDegree(
            AccountId account, AccountId staff, String degreeId, DegreeDraft draft, String reason);

    Correction removeDegree(AccountId account, AccountId staff, String degreeId, String reason);
}
