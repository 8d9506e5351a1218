package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.CandidacyProfile;
import org.k12jobspot.accounts.api.CandidacyProfiles;
import org.k12jobspot.consent.api.DisclosurePurpose;
import org.k12jobspot.consent.api.Disclosures;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.Employers;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.Recipient;
import org.k12jobspot.consent.api.ReleasedProfiles;

/** Gathers the profiles released to an employer; each one leaves only through the gate. */
@ApplicationScoped
@Transactional
public class ProfileReleases implements ReleasedProfiles {

    private static final System.Logger LOG = System.getLogger(ProfileReleases.class.getName());

    @PersistenceContext(unitName = "consent")
    private EntityManager em;

    @Inject ConsentLedger ledger;
    @Inject Employers employers;
    @Inject Disclosures gate;
    @Inject CandidacyProfiles profiles;

    @Override
    public List<CandidacyProfile> releasedTo(EmployerId employer) {
        if (employers.find(employer).isEmpty()) {
            return List.of();
        }

        var recipient = new Recipient.RegisteredEmployer(employer);
        var released =
                candidates().stream()
                        .filter(
                                person ->
                                        ConsentRules.release(ledger.entries(person))
                                                .covers(employer))
                        .filter(
                                person ->
                                        gate.decide(
                                                        person,
                                                        recipient,
                                                        DisclosurePurpose.CANDIDACY_REVIEW)
                                                .allowed())
                        .map(profiles::profileOf)
                        .toList();
        LOG.log(
                System.Logger.Level.INFO,
                "{0} profiles released to employer {1}",
                released.size(),
                employer);
        return released;
    }

    /**
     * Everyone who has ever given a release; those whose release covers the employer now are then
     * put to the gate, which has the last word.
     */
    private List<AccountId> candidates() {
        return em.createQuery(
                        "select distinct r.accountId from ConsentRecord r"
                                + " where r.purpose = :purpose and r.given = true",
                        String.class)
                .setParameter("purpose", Purpose.PROFILE_RELEASE)
                .getResultStream()
                .map(AccountId::parse)
                .toList();
    }
}
