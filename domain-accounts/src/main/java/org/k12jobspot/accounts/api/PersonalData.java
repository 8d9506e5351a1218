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
     * Documents the module derives from its rows for the export, by section name, each a JSON
     * object as text (the consent module's Kantara receipts, for instance). None by default.
     */
    default Map<String, List<String>> exportDocuments(AccountId account) {
        return Map.of();
    }
}
