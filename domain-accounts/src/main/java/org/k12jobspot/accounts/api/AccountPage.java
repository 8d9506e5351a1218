package org.k12jobspot.accounts.api;

import java.util.List;

/** One page of accounts and how many match in all. */
public record AccountPage(List<AccountSummary> accounts, long total) {

    public AccountPage {
        accounts = List.copyOf(accounts);
    }
}
