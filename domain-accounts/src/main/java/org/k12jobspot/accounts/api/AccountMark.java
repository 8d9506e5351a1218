package org.k12jobspot.accounts.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a page of the staff account list ended: the last account's sort key in the page's order and
 * its id, which breaks ties between accounts with the same key. The next page starts after it
 * whatever was added or erased meanwhile, so no account is shown twice and none skipped. Made by
 * the directory; callers only hand it back.
 */
public record AccountMark(AccountSort sort, String key, Instant registeredAt, AccountId id)
        implements Serializable {

    public AccountMark {
        if (sort == null || id == null) {
            throw new IllegalArgumentException("a mark needs its order and an account id");
        }
        if (sort == AccountSort.REGISTERED ? registeredAt == null : key == null) {
            throw new IllegalArgumentException("a mark needs the sort key of its order");
        }
    }
}
