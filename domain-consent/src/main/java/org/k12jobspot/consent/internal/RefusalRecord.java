package org.k12jobspot.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.consent.api.DisclosurePurpose;
import org.k12jobspot.consent.api.DisclosureRefusal;

/** A disclosure the gate refused, kept so staff can see every attempt. */
@Entity
@Table(name = "disclosure_refusals")
public class RefusalRecord {

    @Id private String id;

    @Column(name = "account_id")
    private String accountId;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private DisclosurePurpose purpose;

    private String reason;

    @Column(name = "refused_at")
    private Instant refusedAt;

    protected RefusalRecord() {}

    RefusalRecord(
            AccountId person,
            String recipient,
            DisclosurePurpose purpose,
            String reason,
            Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = person.toString();
        this.recipient = recipient;
        this.purpose = purpose;
        this.reason = reason;
        this.refusedAt = now;
    }

    DisclosureRefusal refusal() {
        return new DisclosureRefusal(
                AccountId.parse(accountId), recipient, purpose, reason, refusedAt);
    }
}
