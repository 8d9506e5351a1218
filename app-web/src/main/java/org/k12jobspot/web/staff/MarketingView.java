package org.k12jobspot.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.consent.api.Campaign;
import org.k12jobspot.consent.api.CampaignAlreadySent;
import org.k12jobspot.consent.api.CampaignDraft;
import org.k12jobspot.consent.api.Campaigns;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;
import org.k12jobspot.web.platform.Formats;

/**
 * Email about the site's own products, for administrators: write, send, see what was sent. The form
 * carries a submission key made when it is shown, so a double click, a resubmitted form or a second
 * tab sends the message once; after sending, the page redirects to itself and says what happened,
 * so a reload sends nothing.
 */
@Named
@RequestScoped
public class MarketingView {

    private static final String PAGE = "/staff/marketing?faces-redirect=true";

    @Inject Campaigns campaigns;
    @Inject Caller caller;
    @Inject Formats formats;

    private String subject;
    private String body;
    private String submissionKey;
    private String sentId;
    private String repeatedId;
    private List<Campaign> sent;
    private String outcome;
    private boolean outcomeKnown;

    public String send() {
        try {
            var campaign =
                    campaigns.send(
                            new CampaignDraft(subject, body),
                            caller.requireAccountId(),
                            getSubmissionKey());
            return PAGE + "&sent=" + campaign.id();
        } catch (CampaignAlreadySent e) {
            return PAGE + "&repeated=" + e.campaign().id();
        } catch (InputRejected e) {
            FieldMessages.show("campaign", e.problems());
            return null;
        }
    }

    /** What the last sending did, once the page is shown again after it; null otherwise. */
    public String getOutcome() {
        if (!outcomeKnown) {
            outcome = outcome();
            outcomeKnown = true;
        }
        return outcome;
    }

    private String outcome() {
        var repeated = find(repeatedId);
        if (repeated.isPresent()) {
            var campaign = repeated.get();
            return "This form was already sent on "
                    + formats.time(campaign.sentAt())
                    + ": the message was queued then for "
                    + people(campaign.recipients())
                    + " and was not sent again.";
        }
        return find(sentId)
                .map(campaign -> "Message queued for " + people(campaign.recipients()) + ".")
                .orElse(null);
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

    private Optional<Campaign> find(String id) {
        return id == null || id.isBlank() ? Optional.empty() : campaigns.find(id);
    }

    private static String people(int count) {
        return count == 1
                ? "1 person who chose to receive it"
                : count + " people who chose to receive it";
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

    /** A new random key for a form being shown; the key it was shown with once it is sent. */
    public String getSubmissionKey() {
        if (submissionKey == null || submissionKey.isBlank()) {
            submissionKey = UUID.randomUUID().toString();
        }
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public String getSentId() {
        return sentId;
    }

    public void setSentId(String sentId) {
        this.sentId = sentId;
    }

    public String getRepeatedId() {
        return repeatedId;
    }

    public void setRepeatedId(String repeatedId) {
        this.repeatedId = repeatedId;
    }
}
