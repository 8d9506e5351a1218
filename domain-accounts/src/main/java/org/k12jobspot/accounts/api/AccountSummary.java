package org.k12jobspot.accounts.api;

import java.time.Instant;

/** An account as staff see it in a list: who, which address, since when, and its standing. */
public record AccountSummary(
        AccountId id,
        String fullName,
        String email,
        Role role,
        boolean verified,
        Instant registeredAt) {}
