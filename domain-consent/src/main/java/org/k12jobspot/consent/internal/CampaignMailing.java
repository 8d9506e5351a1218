package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountMail;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.consent.api.Campaign;
import org.k12jobspot.consent.api.CampaignDraft;
import org.k12jobspot.consent.api.DisclosurePurpose;
import org.k12jobspot.consent.api.Disclosures;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.Recipient;
import org.k12jobspot.policy.api.Policies;

/**
 * One campaign in one transaction: the campaign row with its submission key first, then a copy for
 * each person who chose to receive it. The key is unique, so a second transaction with the same key
 * waits at that first insert and fails once the first commits, before it queues any mail. Its
 * methods are public so that the transaction interceptor surely applies to them.
 */
@ApplicationScoped
@Transactional
public class CampaignMailing {

    @PersistenceContext(unitName = "consent")
    private EntityManager em;

    @Inject ConsentLedger ledger;
    @Inject Disclosures gate;
    @Inject Outbox outbox;
    @Inject Policies policies;
    @Inject ConsentClock clock;

    public Campaign send(CampaignDraft draft, AccountId sentBy, String submissionKey) {
        var campaign = new CampaignRecord(draft, sentBy, submissionKey, clock.now());
        em.persist(campaign);
        em.flush();

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
        return campaign.campaign();
    }

    public Optional<Campaign> sentWith(String submissionKey) {
        return em.createQuery(
                        "select c from CampaignRecord c where c.submissionKey = :key",
                        CampaignRecord.class)
                .setParameter("key", submissionKey)
                .getResultStream()
                .findFirst()
                .map(CampaignRecord::campaign);
    }

    public List<AccountId> subscribers() {
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
}
