package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.consent.api.DisclosurePurpose;

/** Stores refused disclosures in their own transaction, so a refusal is never lost. */
@ApplicationScoped
public class RefusalLog {

    private static final int MAX_RECIPIENT = 300;

    @PersistenceContext(unitName = "consent")
    private EntityManager em;

    @Inject ConsentClock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(
            AccountId person, String recipient, DisclosurePurpose purpose, String reason) {
        var name =
                recipient.length() > MAX_RECIPIENT
                        ? recipient.substring(0, MAX_RECIPIENT)
                        : recipient;
        em.persist(new RefusalRecord(person, name, purpose, reason, clock.now()));
    }
}
