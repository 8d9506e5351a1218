package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.PersonalData;
import org.k12jobspot.accounts.api.PersonalTable;

/**
 * Every module's entry in the personal-data registry, and the questions erasure and export ask of
 * all of them at once. Counting runs in the caller's transaction, so it sees its deletions.
 */
@ApplicationScoped
public class Registry {

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    @Inject @Any Instance<PersonalData> entries;

    /** The modules' entries, by module name. */
    List<PersonalData> modules() {
        return entries.stream().sorted(Comparator.comparing(PersonalData::module)).toList();
    }

    /** Rows about the account in every registered table, by table. */
    Map<PersonalTable, Long> rowsOf(AccountId account) {
        var counts = new LinkedHashMap<PersonalTable, Long>();
        for (var module : modules()) {
            for (var table : module.tables()) {
                if (table.aboutAccounts()) {
                    counts.put(table, count(table, account));
                }
            }
        }
        return counts;
    }

    /** The account's rows of one table, exported columns only, in column-name order. */
    List<Object[]> exportedRows(PersonalTable table, AccountId account) {
        var rows = em.createNativeQuery(table.selectSql()).setParameter(1, account.toString());
        return rows.getResultStream()
                .map(row -> row instanceof Object[] cells ? cells : new Object[] {row})
                .toList();
    }

    private long count(PersonalTable table, AccountId account) {
        var count =
                em.createNativeQuery(table.countSql())
                        .setParameter(1, account.toString())
                        .getSingleResult();
        return ((Number) count).longValue();
    }
}
