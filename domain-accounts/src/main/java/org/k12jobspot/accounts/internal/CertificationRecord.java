package org.k12jobspot.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Certification;
import org.k12jobspot.accounts.api.CertificationDraft;

/** A certification row of a candidacy profile. */
@Entity
@Table(name = "certifications")
public class CertificationRecord {

    @Id private String id;

    @Column(name = "account_id")
    private String accountId;

    private String title;
    private String issuer;

    @Column(name = "cert_number")
    private String number;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "added_at")
    private Instant addedAt;

    protected CertificationRecord() {}

    CertificationRecord(AccountId owner, CertificationDraft draft, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = owner.toString();
        this.addedAt = now;
        replaceWith(draft);
    }

    void replaceWith(CertificationDraft draft) {
        title = draft.title();
        issuer = draft.issuer();
        number = draft.number();
        validUntil = draft.validUntil();
    }

    boolean ownedBy(AccountId owner) {
        return accountId.equals(owner.toString());
    }

    String id() {
        return id;
    }

    Certification view() {
        return new Certification(id, title, issuer, number, validUntil);
    }
}
