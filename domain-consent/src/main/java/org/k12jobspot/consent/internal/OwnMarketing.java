package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.consent.api.Campaign;
import org.k12jobspot.consent.api.CampaignAlreadySent;
import org.k12jobspot.consent.api.CampaignDraft;
import org.k12jobspot.consent.api.Campaigns;

/**
 * Sends the site's own marketing. Recipients are read from the ledger at the moment of sending and
 * each passes the disclosure gate; every copy has its own unsubscribe link, in the text and in the
 * RFC 8058 headers. A submission key sends at most one campaign.
 */
@ApplicationScoped
@Transactional
public class OwnMarketing implements Campaigns {

    private static final System.Logger LOG = System.getLogger(OwnMarketing.class.getName());
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;

    @PersistenceContext(unitName = "consent")
    private EntityManager em;

    @Inject CampaignMailing mailing;

    /**
     * Outside any transaction, so that a submission that loses the race for its key can still look
     * up the campaign that won.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Campaign send(CampaignDraft draft, AccountId sentBy, String submissionKey) {
        check(draft);
        checkKey(submissionKey);
        var earlier = mailing.sentWith(submissionKey);
        if (earlier.isPresent()) {
            throw alreadySent(earlier.get());
        }

        Campaign campaign;
        try {
            campaign = mailing.send(draft, sentBy, submissionKey);
        } catch (RuntimeException e) {
            // The same form sent twice at once: the other submission committed the key first.
            var winner = mailing.sentWith(submissionKey);
            if (winner.isPresent()) {
                throw alreadySent(winner.get());
            }
            throw e;
        }

        LOG.log(
                System.Logger.Level.INFO,
                "Campaign {0} queued for {1} accounts",
                campaign.id(),
                campaign.recipients());
        return campaign;
    }

    @Override
    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(id)
                .map(key -> em.find(CampaignRecord.class, key))
                .map(CampaignRecord::campaign);
    }

    @Override
    public List<Campaign> sent() {
        return em.createQuery(
                        "select c from CampaignRecord c order by c.sentAt desc",
                        CampaignRecord.class)
                .setMaxResults(50)
                .getResultStream()
                .map(CampaignRecord::campaign)
                .toList();
    }

    @Override
    public int audience() {
        return mailing.subscribers().size();
    }

    private static CampaignAlreadySent alreadySent(Campaign campaign) {
        LOG.log(
                System.Logger.Level.INFO,
                "Campaign {0} not sent again: its form was submitted once more",
                campaign.id());
        return new CampaignAlreadySent(campaign);
    }

    private static void checkKey(String submissionKey) {
        if (submissionKey == null
                || submissionKey.isBlank()
                || submissionKey.length() > MAX_SUBMISSION_KEY) {
            throw new IllegalArgumentException("A submission key of 1 to 64 characters is needed");
        }
    }

    private static void check(CampaignDraft draft) {
        var problems = new HashMap<String, String>();
        var subject = draft.subject() == null ? "" : draft.subject().strip();
        var body = draft.body() == null ? "" : draft.body().strip();
        if (subject.isEmpty()) {
            problems.put("subject", "Enter a subject.");
        } else if (subject.codePointCount(0, subject.length()) > MAX_SUBJECT) {
            problems.put("subject", "Keep the subject within " + MAX_SUBJECT + " characters.");
        } else if (subject.chars().anyMatch(Character::isISOControl)) {
            problems.put("subject", "The subject must be one line.");
        }
        if (body.isEmpty()) {
            problems.put("body", "Write the message.");
        } else if (body.codePointCount(0, body.length()) > MAX_BODY) {
            problems.put("body", "Keep the message within " + MAX_BODY + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }
}
