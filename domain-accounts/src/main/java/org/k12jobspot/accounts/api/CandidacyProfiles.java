package org.k12jobspot.accounts.api;

/**
 * A job seeker's own candidacy profile. Each change is checked field by field; a rejected change
 * stores nothing and leaves what was saved before untouched. Each stored change fires {@link
 * ProfileChanged}.
 */
public interface CandidacyProfiles {

    CandidacyProfile profileOf(AccountId owner);

    /**
     * @throws InputRejected naming each field that is too long or malformed
     */
    void updateContact(AccountId owner, ContactDetails contact);

    /** Returns the new certification's id. */
    String addCertification(AccountId owner, CertificationDraft draft);

    void changeCertification(AccountId owner, String certificationId, CertificationDraft draft);

    /**
     * Removes the owner's certification with this id; false when the owner holds none (removed
     * before, or another account's), and then nothing changes.
     */
    boolean removeCertification(AccountId owner, String certificationId);

    /** Returns the new degree's id. */
    String addDegree(AccountId owner, DegreeDraft draft);

    void changeDegree(AccountId owner, String degreeId, DegreeDraft draft);

    /** As {@link #removeCertification}, for a degree. */
    boolean removeDegree(AccountId owner, String degreeId);
}
