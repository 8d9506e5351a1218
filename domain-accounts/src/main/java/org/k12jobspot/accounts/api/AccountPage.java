package org.k12jobspot.accounts.api;

import java.util.List;

/**
 * One page of accounts and, when more follow, the mark the next page starts after (else null). No
 * total: counting every match would cost as much as the whole list does.
 */
public record AccountPage(List<AccountSummary> accounts, AccountMark next) {

    public AccountPage {
        accounts = List.copyOf(accounts);
    }

    public boolean hasMore() {
        return next != null;
    }
}
