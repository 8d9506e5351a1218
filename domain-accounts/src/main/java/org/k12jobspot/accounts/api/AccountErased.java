package org.k12jobspot.accounts.api;

import java.time.Instant;

/**
 * An account is being erased, with everything held about the person. Fired synchronously inside the
 * erasure's transaction: every module that keeps rows about the account observes it with a plain
 * {@code @Observes} and removes them, as its {@link PersonalData} entries say, in that same
 * transaction. Any failure rolls the whole erasure back, so the account goes entirely or not at
 * all. Observers must not look the account up: by the time they run it may already be gone.
 */
public record AccountErased(AccountId account, ErasureCause cause, Instant occurredAt) {}
