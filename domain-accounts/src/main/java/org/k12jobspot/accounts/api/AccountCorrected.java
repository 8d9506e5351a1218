package org.k12jobspot.accounts.api;

import java.time.Instant;
import java.util.List;

/**
 * A staff member corrected an account's data: which fields changed or what was deleted, by name
 * (never the values). Fired inside the correction's transaction, after it is stored.
 */
public record AccountCorrected(
        AccountId accountId, AccountId staffId, List<String> fields, Instant occurredAt) {

    public AccountCorrected {
        fields = List.copyOf(fields);
    }
}
