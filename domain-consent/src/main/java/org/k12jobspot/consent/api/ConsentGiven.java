package org.k12jobspot.consent.api;

import java.time.Instant;
import org.k12jobspot.accounts.api.AccountId;

/** A person gave consent to a purpose; the ledger entry holds the details. */
public record ConsentGiven(
        AccountId accountId, Purpose purpose, ConsentEntryId entryId, Instant occurredAt) {}
