package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountMail;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.consent.api.Campaign;
import org.k12jobspot.consent.api.CampaignDraft;
import org.k12jobspot.consent.api.Campaigns;
import org.k12jobspot.consent.api.DisclosurePurpose;
import org.k12jobspot.consent.api.Disclosures;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.Recipient;
import org.k12jobspot.policy.api.Policies;

/**
 * Sends the site's own marketing. Recipients are read from the ledger at the moment of sending and
 * each passes the disclosure gate; every copy has its own unsubscribe link, in the text and in the
 * RFC 8058 headers.
 */
@ApplicationScoped
@Transactional
public class OwnMarketing implements Campaigns {

    private static final System.Logger LOG = System.getLogger(OwnMarketing.class.getName());
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;

    @PersistenceContext(unitName = "consent")
    private EntityManager em;

    @Inject ConsentLedger ledger;
    @Inject Disclosures gate;
    @Inject Outbox outbox;
    @Inject Policies policies;
    @Inject ConsentClock clock;

    @Override
    public Campaign send(CampaignDraft draft, AccountId sentBy) {
        check(draft);

        var campaign = new CampaignRecord(draft, sentBy, clock.now());
        em.persist(campaign);
        var sent = 0;
        for (var person : subscribers()) {
            if (!gate.decide(person, new Recipient.Site(), DisclosurePurpose.OWN_MARKETING)
                    .allowed()) {
                continue;
            }
            var token = LinkTokens.newToken();
            em.persist(
                    new UnsubscribeToken(
                            LinkTokens.digest(token),
                            person,
                            Purpose.MARKETING_EMAIL,
                            clock.now()));
            if (outbox.queue(mail(person, draft, token))) {
                sent++;
            }
        }
        campaign.sentTo(sent);

        LOG.log(
                System.Logger.Level.INFO,
                "Campaign {0} queued for {1} accounts",
                campaign.id(),
                sent);
        return campaign.campaign();
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
        return subscribers().size();
    }

    private List<AccountId> subscribers() {
        return em.createQuery(
                        "select distinct r.accountId from ConsentRecord r where r.purpose ="
                                + " :purpose",
                        String.class)
                .setParameter("purpose", Purpose.MARKETING_EMAIL)
                .getResultStream()
                .map(AccountId::parse)
                .filter(
                        person ->
                                ConsentRules.isGiven(
                                        ledger.entries(person), Purpose.MARKETING_EMAIL))
                .toList();
    }

    private AccountMail mail(AccountId person, CampaignDraft draft, String token) {
        var base = policies.contact().siteUrl();
        var body =
                draft.body().strip()
                        + "\n\n--\nYou receive this because you chose to hear about K12JobSpot's"
                        + " own products. To stop, open this link and confirm:\n"
                        + base
                        + "/unsubscribe?token="
                        + token
                        + "\nOr change your choices in the privacy centre: "
                        + base
                        + "/account/privacy\n";
        return new AccountMail(
                person,
                draft.subject().strip(),
                body,
                base + "/unsubscribe/one-click?token=" + token);
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
