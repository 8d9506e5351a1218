package org.k12jobspot.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.consent.api.Campaign;
import org.k12jobspot.consent.api.CampaignDraft;
import org.k12jobspot.consent.api.Campaigns;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;

/** Email about the site's own products, for administrators: write, send, see what was sent. */
@Named
@RequestScoped
public class MarketingView {

    @Inject Campaigns campaigns;
    @Inject Caller caller;

    private String subject;
    private String body;
    private List<Campaign> sent;

    public void send() {
        try {
            var campaign =
                    campaigns.send(new CampaignDraft(subject, body), caller.requireAccountId());
            subject = null;
            body = null;
            sent = null;
            var count = campaign.recipients();
            FieldMessages.info(
                    count == 1
                            ? "Message queued for 1 person who chose to receive it."
                            : "Message queued for " + count + " people who chose to receive it.");
        } catch (InputRejected e) {
            FieldMessages.show("campaign", e.problems());
        }
    }

    public int getAudience() {
        return campaigns.audience();
    }

    public List<Campaign> getSent() {
        if (sent == null) {
            sent = campaigns.sent();
        }
        return sent;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
