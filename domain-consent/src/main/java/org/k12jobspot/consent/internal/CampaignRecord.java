package org.k12jobspot.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.consent.api.Campaign;
import org.k12jobspot.consent.api.CampaignDraft;

/** A message about the site's own products as it was sent. */
@Entity
@Table(name = "campaigns")
public class CampaignRecord {

    @Id private String id;

    private String subject;

    private String body;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int recipients;

    /** The key of the form that sent it: unique, so one form sends one campaign. */
    @Column(name = "submission_key", updatable = false)
    private String submissionKey;

    protected CampaignRecord() {}

    CampaignRecord(CampaignDraft draft, AccountId sentBy, String submissionKey, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.submissionKey = submissionKey;
        this.subject = draft.subject().strip();
        this.body = draft.body();
        this.sentBy = sentBy.toString();
        this.sentAt = now;
    }

    void sentTo(int count) {
        recipients = count;
    }

    String id() {
        return id;
    }

    Campaign campaign() {
        return new Campaign(id, subject, sentAt, recipients);
    }
}
