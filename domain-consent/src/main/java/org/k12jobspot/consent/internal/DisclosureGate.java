package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.consent.api.DisclosureDecision;
import org.k12jobspot.consent.api.DisclosurePurpose;
import org.k12jobspot.consent.api.DisclosureRefusal;
import org.k12jobspot.consent.api.DisclosureRefused;
import org.k12jobspot.consent.api.Disclosures;
import org.k12jobspot.consent.api.Employers;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.Recipient;

/**
 * The single gate for personal data leaving a person's account. It decides from the ledger and the
 * employer register alone, so no caller can widen it, and records every refusal in a transaction of
 * its own, kept even when the caller's work rolls back.
 */
@ApplicationScoped
public class DisclosureGate implements Disclosures {

    private static final System.Logger LOG = System.getLogger(DisclosureGate.class.getName());

    @PersistenceContext(unitName = "consent")
    private EntityManager em;

    @Inject ConsentLedger ledger;
    @Inject Employers employers;
    @Inject ConsentClock clock;
    @Inject RefusalLog refusalLog;
    @Inject Event<DisclosureRefused> refused;

    @Override
    @Transactional
    public DisclosureDecision decide(
            AccountId person, Recipient recipient, DisclosurePurpose purpose) {
        var decision = rule(person, recipient, purpose);
        if (!decision.allowed()) {
            refusalLog.record(person, describe(recipient), purpose, decision.reason());
            refused.fire(new DisclosureRefused(person, purpose, clock.now()));
            LOG.log(
                    System.Logger.Level.INFO,
                    "Disclosure of account {0} for {1} refused",
                    person,
                    purpose);
        }
        return decision;
    }

    @Override
    @Transactional
    public List<DisclosureRefusal> refusals(int first, int max) {
        return em.createQuery(
                        "select r from RefusalRecord r order by r.refusedAt desc, r.id",
                        RefusalRecord.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(RefusalRecord::refusal)
                .toList();
    }

    private DisclosureDecision rule(
            AccountId person, Recipient recipient, DisclosurePurpose purpose) {
        return switch (purpose) {
            case THIRD_PARTY_MARKETING ->
                    DisclosureDecision.refuse(
                            "The policy forbids disclosure for a third party's marketing.");
            case OWN_MARKETING -> ownMarketing(person, recipient);
            case CANDIDACY_REVIEW -> candidacyReview(person, recipient);
        };
    }

    private DisclosureDecision ownMarketing(AccountId person, Recipient recipient) {
        if (!(recipient instanceof Recipient.Site)) {
            return DisclosureDecision.refuse("Only the site itself may send its own marketing.");
        }
        return ConsentRules.isGiven(ledger.entries(person), Purpose.MARKETING_EMAIL)
                ? DisclosureDecision.allow("Marketing email consent is given.")
                : DisclosureDecision.refuse("Marketing email consent is not given.");
    }

    private DisclosureDecision candidacyReview(AccountId person, Recipient recipient) {
        if (!(recipient instanceof Recipient.RegisteredEmployer(var id))) {
            return DisclosureDecision.refuse(
                    "Profiles go only to employers with an agreement with the site.");
        }
        var employer = employers.find(id);
        if (employer.isEmpty() || !employer.get().activeOn(clock.today())) {
            return DisclosureDecision.refuse("The employer has no active agreement.");
        }
        return ConsentRules.release(ledger.entries(person)).covers(id)
                ? DisclosureDecision.allow("The person releases the profile to this employer.")
                : DisclosureDecision.refuse(
                        "The person does not release the profile to this employer.");
    }

    private static String describe(Recipient recipient) {
        return switch (recipient) {
            case Recipient.Site site -> "K12JobSpot";
            case Recipient.RegisteredEmployer employer -> "Employer " + employer.employer();
            case Recipient.ThirdParty party -> "Third party: " + party.name();
        };
    }
}
