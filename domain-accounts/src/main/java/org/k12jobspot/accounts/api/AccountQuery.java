package org.k12jobspot.accounts.api;

/**
 * A page of the staff account list: accounts whose name or email address starts with {@code prefix}
 * (any letter case; blank for all), or, when the prefix is written like a telephone number with at
 * least three digits, whose telephone number's digits start with its digits; in the given order,
 * starting after the {@code after} mark of the page before (null for the first page).
 */
public record AccountQuery(
        String prefix, AccountSort sort, boolean ascending, AccountMark after, int pageSize) {

    public AccountQuery {
        if (pageSize < 1 || pageSize > 200) {
            throw new IllegalArgumentException("page size out of range");
        }
        sort = sort == null ? AccountSort.NAME : sort;
        if (after != null && after.sort() != sort) {
            throw new IllegalArgumentException("the mark belongs to another order");
        }
    }

    /** The first page of accounts matching the prefix, by name. */
    public static AccountQuery firstByName(String prefix, int pageSize) {
        return new AccountQuery(prefix, AccountSort.NAME, true, null, pageSize);
    }

    /** The page after the one that ended at {@code mark}, in the same search and order. */
    public AccountQuery next(AccountMark mark) {
        return new AccountQuery(prefix, sort, ascending, mark, pageSize);
    }
}
