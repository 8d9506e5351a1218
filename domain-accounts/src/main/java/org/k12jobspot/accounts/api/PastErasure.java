package org.k12jobspot.accounts.api;

import java.time.Instant;

/**
 * One erasure as staff look back on it: when, why, and for an erasure on request the staff member
 * who did it and the reason they gave. It names no erased person, not even by account id.
 *
 * @param staff the staff member's name and reference, or null when nobody on the staff erased
 * @param reason the reason the staff member gave, or null
 */
public record PastErasure(Instant erasedAt, ErasureCause cause, String staff, String reason) {}
