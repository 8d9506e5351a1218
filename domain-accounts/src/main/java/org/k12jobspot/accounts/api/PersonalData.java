package org.k12jobspot.accounts.api;

import java.util.List;
import java.util.Map;

/**
 * A module's entry in the personal-data registry: every table it owns, each column classified. Each
 * module that owns tables offers exactly one implementation as an application-scoped CDI bean.
 * Export ({@link Exports}) and erasure ({@link Erasures}) are driven by these lists: a table not
 * listed is neither exported nor erased, and a test fails when a table or column of the database is
 * not classified by exactly one module.
 *
 * <p>Erasure: the module observes {@link AccountErased} and deletes, in the listed order, the rows
 * of every table {@link PersonalTable#aboutAccounts() about accounts} whose account column holds
 * the erased id (children before parents); the erasure then checks that none is left.
 */
public interface PersonalData {

    /** The module's name as the export shows it, e.g. "accounts", "consent". */
    String module();

    /** Every table the module owns, in the order its rows are deleted on erasure. */
    List<PersonalTable> tables();

    /**
     * Deletes the account's rows of every table about accounts, in the listed order, through the
     * module's own connection, and returns how many rows went. The one loop every module's observer
     * of {@link AccountErased} runs, so the order and the choice of tables stay here.
     */
    default int eraseRows(AccountId account, RowDeletion deletion) {
        var rows = 0;
        for (var table : tables()) {
            if (table.aboutAccounts()) {
                rows += deletion.delete(table.deleteSql(), account.toString());
            }
        }
        return rows;
    }

    /** Runs one registered delete statement with the account id as its only parameter. */
    @FunctionalInterface
    interface RowDeletion {
        int delete(String sql, String accountId);
    }

    /**
     * Documents the module derives from its rows for the export, by section name, each a JSON
     * object as text (the consent module's Kantara receipts, for instance). None by default.
     */
    default Map<String, List<String>> exportDocuments(AccountId account) {
        return Map.of();
    }
}
