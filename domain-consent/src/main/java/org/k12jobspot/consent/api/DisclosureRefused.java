package org.k12jobspot.consent.api;

import java.time.Instant;
import org.k12jobspot.accounts.api.AccountId;

/** The gate refused to let a person's data go to a recipient. */
public record DisclosureRefused(
        AccountId accountId, DisclosurePurpose purpose, Instant occurredAt) {}
