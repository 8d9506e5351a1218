package org.k12jobspot.accounts.api;

/**
 * What staff see of accounts without giving a reason: a searchable list of names and addresses.
 * Search, paging and sorting happen in the database. One account's full data is opened through
 * {@link StaffCorrections}, which asks for a reason and logs the opening.
 */
public interface StaffDirectory {

    AccountPage search(AccountQuery query);
}
