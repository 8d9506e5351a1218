package org.k12jobspot.accounts.api;

/**
 * A page of the staff account list: accounts whose name or email address starts with {@code prefix}
 * (any letter case; blank for all), or, when the prefix is written like a telephone number with at
 * least three digits, whose telephone number's digits start with its digits; in the given order.
 */
public record AccountQuery(
        String prefix, AccountSort sort, boolean ascending, int first, int pageSize) {

    public AccountQuery {
        if (first < 0 || pageSize < 1 || pageSize > 200) {
            throw new IllegalArgumentException("page out of range");
        }
        sort = sort == null ? AccountSort.NAME : sort;
    }
}
