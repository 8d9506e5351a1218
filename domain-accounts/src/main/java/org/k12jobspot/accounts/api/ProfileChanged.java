package org.k12jobspot.accounts.api;

import java.time.Instant;

/** A candidacy profile changed: contact details, a certification or a degree. */
public record ProfileChanged(AccountId accountId, Instant occurredAt) {}
