package org.k12jobspot.accounts.api;

import java.util.Optional;

/**
 * What staff see of accounts: a searchable list, and one account's full candidacy profile. Search,
 * paging and sorting happen in the database.
 */
public interface StaffDirectory {

    AccountPage search(AccountQuery query);

    Optional<CandidacyProfile> open(AccountId id);
}
