package org.k12jobspot.accounts.api;

import java.time.Instant;

/** An account was opened; its email address is not yet confirmed. */
public record AccountRegistered(AccountId accountId, Instant occurredAt) {}
