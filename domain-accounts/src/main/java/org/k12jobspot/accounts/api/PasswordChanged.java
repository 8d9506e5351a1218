package org.k12jobspot.accounts.api;

import java.time.Instant;

/**
 * An account's password was replaced, by its owner while signed in or through a reset link. Anyone
 * still signed in with the old password elsewhere should no longer be.
 */
public record PasswordChanged(AccountId accountId, Instant occurredAt) {}
