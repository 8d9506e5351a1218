package org.k12jobspot.accounts.api;

/**
 * Everything the product holds about one account, as one JSON document (UTF-8): per module, the
 * rows of every registered table about the account (secrets left out) and the documents the module
 * derives from them. Nothing outside the {@link PersonalData} registry is exported.
 */
public interface Exports {

    String export(AccountId account);
}
