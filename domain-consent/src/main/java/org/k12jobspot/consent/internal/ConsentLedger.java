package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentEntryId;
import org.k12jobspot.policy.api.PolicyVersionId;

/** The ledger table: appends and reads, and nothing else. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentLedger {

    private static final System.Logger LOG = System.getLogger(ConsentLedger.class.getName());

    @PersistenceContext(unitName = "consent")
    private EntityManager em;

    /** Oldest first. */
    List<ConsentEntry> entries(AccountId account) {
        return records(account).stream().map(ConsentRecord::entry).toList();
    }

    /** Oldest first. */
    List<ConsentRecord> recordsOf(AccountId account) {
        return records(account);
    }

    Optional<ConsentRecord> find(ConsentEntryId id) {
        return Optional.ofNullable(em.find(ConsentRecord.class, id.toString()));
    }

    ConsentEntry append(
            ConsentChange change, PolicyVersionId version, String residence, Instant now) {
        var next =
                em.createQuery(
                                "select coalesce(max(r.entryNo), 0) from ConsentRecord r"
                                        + " where r.accountId = :account",
                                Integer.class)
                        .setParameter("account", change.account().toString())
                        .getSingleResult();
        var record = new ConsentRecord(change, next + 1, version, residence, now);
        em.persist(record);
        var entry = record.entry();
        LOG.log(
                System.Logger.Level.INFO,
                "Consent entry {0} recorded for account {1}: {2} {3}",
                entry.id(),
                entry.account(),
                entry.purpose(),
                entry.given() ? "given" : "withdrawn");
        return entry;
    }

    private List<ConsentRecord> records(AccountId account) {
        return em.createQuery(
                        "select r from ConsentRecord r where r.accountId = :account"
                                + " order by r.entryNo",
                        ConsentRecord.class)
                .setParameter("account", account.toString())
                .getResultList();
    }
}
