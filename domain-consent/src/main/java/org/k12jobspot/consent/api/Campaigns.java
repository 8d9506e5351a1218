package org.k12jobspot.consent.api;

import java.util.List;
import org.k12jobspot.accounts.api.AccountId;

/**
 * Email about the site's own products. A message goes exactly to the people whose consent to it is
 * given when it is sent, each copy with its own unsubscribe link.
 */
public interface Campaigns {

    /**
     * @throws org.k12jobspot.accounts.api.InputRejected on {@code subject} or {@code body}
     */
    Campaign send(CampaignDraft draft, AccountId sentBy);

    /** Newest first. */
    List<Campaign> sent();

    /**
     * How many people have chosen to receive such email right now; those whose address is not yet
     * confirmed are counted here but are not sent to.
     */
    int audience();
}
