package org.k12jobspot.accounts.api;

import java.time.Instant;

/** A queued message as staff see it in the outbox; {@code sentAt} is null until delivered. */
public record OutboxEntry(
        String id, String to, String subject, String body, Instant queuedAt, Instant sentAt) {}
