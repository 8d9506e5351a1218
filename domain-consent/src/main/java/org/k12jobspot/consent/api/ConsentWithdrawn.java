package org.k12jobspot.consent.api;

import java.time.Instant;
import org.k12jobspot.accounts.api.AccountId;

/** A person withdrew consent to a purpose; observers stop whatever relied on it. */
public record ConsentWithdrawn(
        AccountId accountId, Purpose purpose, ConsentEntryId entryId, Instant occurredAt) {}
