package org.k12jobspot.accounts.api;

import java.time.Instant;

/** The owner of an account proved they read mail at its address. */
public record AccountVerified(AccountId accountId, Instant occurredAt) {}
