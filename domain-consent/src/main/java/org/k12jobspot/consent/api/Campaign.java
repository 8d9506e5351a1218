package org.k12jobspot.consent.api;

import java.time.Instant;

/** A sent message about the site's own products and how many people it was queued for. */
public record Campaign(String id, String subject, Instant sentAt, int recipients) {}
