package org.k12jobspot.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentEntryId;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.policy.api.PolicyVersionId;

/**
 * One line of the consent ledger. Written once and never changed: every column is insert-only and
 * the class offers no way to alter it. {@code entryNo} numbers an account's entries from 1; a
 * unique key on it makes two concurrent appends for one account collide instead of interleave.
 */
@Entity
@Table(name = "consent_ledger")
public class ConsentRecord {

    @Id
    @Column(updatable = false)
    private String id;

    @Column(name = "account_id", updatable = false)
    private String accountId;

    @Column(name = "entry_no", updatable = false)
    private int entryNo;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Purpose purpose;

    @Column(updatable = false)
    private boolean given;

    @Column(name = "policy_version", updatable = false)
    private String policyVersion;

    @Column(name = "employer_id", updatable = false)
    private String employerId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ConsentSource source;

    @Column(updatable = false)
    private String reason;

    @Column(name = "actor_id", updatable = false)
    private String actorId;

    /** Country of residence, kept only on a transfer consent, which it explains. */
    @Column(updatable = false)
    private String residence;

    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    protected ConsentRecord() {}

    ConsentRecord(
            ConsentChange change,
            int entryNo,
            PolicyVersionId policyVersion,
            String residence,
            Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = change.account().toString();
        this.entryNo = entryNo;
        this.purpose = change.purpose();
        this.given = change.give();
        this.policyVersion = policyVersion.toString();
        this.employerId = change.employer().map(EmployerId::toString).orElse(null);
        this.source = change.source();
        this.reason = change.reason().orElse(null);
        this.actorId = change.actingStaff().map(AccountId::toString).orElse(null);
        this.residence = residence;
        this.recordedAt = now;
    }

    ConsentEntry entry() {
        return new ConsentEntry(
                ConsentEntryId.parse(id),
                AccountId.parse(accountId),
                purpose,
                given,
                PolicyVersionId.parse(policyVersion),
                Optional.ofNullable(employerId).map(EmployerId::parse),
                source,
                Optional.ofNullable(reason),
                recordedAt);
    }

    Optional<String> residence() {
        return Optional.ofNullable(residence);
    }

    int entryNo() {
        return entryNo;
    }
}
