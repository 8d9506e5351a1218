package org.k12jobspot.accounts.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A message from the contact page as staff see it in their queue: who sent it, what they asked,
 * where it stands, and the account it concerns (the signed-in sender's, or the one using the given
 * address).
 */
public record ContactRequest(
        ContactRequestId id,
        ContactKind kind,
        ContactStatus status,
        String fullName,
        String email,
        Optional<String> message,
        Optional<AccountId> account,
        Instant receivedAt,
        Optional<Instant> confirmedAt,
        Optional<Instant> closedAt,
        Optional<String> outcomeNote) {

    @Override
    public String toString() {
        return "ContactRequest[id=" + id + ", kind=" + kind + ", status=" + status + "]";
    }
}
