package org.k12jobspot.consent.api;

import java.time.Instant;
import org.k12jobspot.accounts.api.AccountId;

/** A refused disclosure as recorded: whose data, to whom, for what, why, and when. */
public record DisclosureRefusal(
        AccountId person,
        String recipient,
        DisclosurePurpose purpose,
        String reason,
        Instant refusedAt) {}
