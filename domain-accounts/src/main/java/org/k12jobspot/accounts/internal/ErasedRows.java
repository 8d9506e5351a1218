package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.k12jobspot.accounts.api.AccountErased;

/** Deletes the accounts module's rows of an erased account, table by table as registered. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ErasedRows {

    private static final System.Logger LOG = System.getLogger(ErasedRows.class.getName());

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    @Inject AccountsTables tables;

    void erase(@Observes AccountErased erased) {
        em.flush();
        var rows =
                tables.eraseRows(
                        erased.account(),
                        (sql, account) ->
                                em.createNativeQuery(sql).setParameter(1, account).executeUpdate());

        // Bulk deletes bypass EclipseLink's shared cache: drop what it may still hold.
        em.clear();
        em.getEntityManagerFactory().getCache().evictAll();
        LOG.log(System.Logger.Level.INFO, "Account {0}: {1} rows erased", erased.account(), rows);
    }
}
