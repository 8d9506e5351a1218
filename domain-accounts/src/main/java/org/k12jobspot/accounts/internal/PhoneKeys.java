package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gives profiles saved before telephone numbers were searchable their search key. Profiles saved
 * since get it when their number is stored.
 */
@ApplicationScoped
@Transactional
public class PhoneKeys {

    private static final System.Logger LOG = System.getLogger(PhoneKeys.class.getName());

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    void fillMissing() {
        var profiles =
                em.createQuery(
                                "select r from ProfileRecord r"
                                        + " where r.phone is not null and r.phoneKey is null",
                                ProfileRecord.class)
                        .getResultList();
        profiles.forEach(ProfileRecord::keyPhone);

        if (!profiles.isEmpty()) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "Search keys given to {0} telephone numbers",
                    profiles.size());
        }
    }
}
