package org.k12jobspot.accounts.api;

import java.time.Instant;

/** An administrator disabled a staff member: they cannot sign in, and their sessions end now. */
public record StaffMemberDisabled(AccountId accountId, AccountId adminId, Instant occurredAt) {}
