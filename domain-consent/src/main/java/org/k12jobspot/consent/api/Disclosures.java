package org.k12jobspot.consent.api;

import java.util.List;
import org.k12jobspot.accounts.api.AccountId;

/**
 * The one gate every outbound disclosure of personal data passes. It allows a disclosure only when
 * the person's current consents and the recipient's agreement permit it, refuses disclosure to
 * anyone for their own marketing whatever consents exist, and records every refusal.
 */
public interface Disclosures {

    DisclosureDecision decide(AccountId person, Recipient recipient, DisclosurePurpose purpose);

    /** Recorded refusals, newest first; for staff. */
    List<DisclosureRefusal> refusals(int first, int max);
}
