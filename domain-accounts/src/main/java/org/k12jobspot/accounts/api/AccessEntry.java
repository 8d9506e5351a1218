package org.k12jobspot.accounts.api;

import java.time.Instant;

/**
 * One line of the staff access log about an account: when, which staff member (by a short reference
 * and their role at the time), what they did and to which part or fields, and the reason they gave.
 * Never the values they saw or changed.
 */
public record AccessEntry(
        Instant occurredAt,
        String staffReference,
        Role staffRole,
        AccessKind kind,
        String what,
        String reason) {}
