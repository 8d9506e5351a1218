package org.k12jobspot.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Degree;
import org.k12jobspot.accounts.api.DegreeDraft;
import org.k12jobspot.accounts.api.DegreeLevel;

/** A degree row of a candidacy profile. */
@Entity
@Table(name = "degrees")
public class DegreeRecord {

    @Id private String id;

    @Column(name = "account_id")
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "degree_level")
    private DegreeLevel level;

    @Column(name = "field_of_study")
    private String field;

    private String institution;

    @Column(name = "year_awarded")
    private Integer year;

    @Column(name = "added_at")
    private Instant addedAt;

    protected DegreeRecord() {}

    DegreeRecord(AccountId owner, DegreeDraft draft, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = owner.toString();
        this.addedAt = now;
        replaceWith(draft);
    }

    void replaceWith(DegreeDraft draft) {
        level = draft.level();
        field = draft.field();
        institution = draft.institution();
        year = draft.year();
    }

    boolean ownedBy(AccountId owner) {
        return accountId.equals(owner.toString());
    }

    String id() {
        return id;
    }

    Degree view() {
        return new Degree(id, level, field, institution, year);
    }
}
