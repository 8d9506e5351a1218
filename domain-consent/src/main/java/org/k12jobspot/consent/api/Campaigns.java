package org.k12jobspot.consent.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.k12jobspot.accounts.api.AccountId;

/**
 * Email about the site's own products. A message goes exactly to the people whose consent to it is
 * given when it is sent, each copy with its own unsubscribe link. Each sending form carries a
 * submission key, and a key sends at most once, so a form sent twice sends one message.
 */
public interface Campaigns {

    /** The longest submission key {@link #send(CampaignDraft, AccountId, String)} accepts. */
    int MAX_SUBMISSION_KEY = 64;

    /**
     * Sends the draft once for {@code submissionKey} (a random value the form was given when it was
     * shown, at most {@value #MAX_SUBMISSION_KEY} characters).
     *
     * @throws org.k12jobspot.accounts.api.InputRejected on {@code subject} or {@code body}
     * @throws CampaignAlreadySent when a campaign was sent with this key before, or is being sent
     *     with it at this moment and commits first
     */
    Campaign send(CampaignDraft draft, AccountId sentBy, String submissionKey);

    /** Sends the draft under a key of its own, for callers that have no form. */
    default Campaign send(CampaignDraft draft, AccountId sentBy) {
        return send(draft, sentBy, UUID.randomUUID().toString());
    }

    /** A campaign sent before, by its id. */
    Optional<Campaign> find(String id);

    /** Newest first. */
    List<Campaign> sent();

    /**
     * How many people have chosen to receive such email right now; those whose address is not yet
     * confirmed are counted here but are not sent to.
     */
    int audience();
}
