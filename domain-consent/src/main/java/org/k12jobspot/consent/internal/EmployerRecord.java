package org.k12jobspot.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.k12jobspot.consent.api.Employer;
import org.k12jobspot.consent.api.EmployerDraft;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.EmployerKind;

/** An employer in the register, with the dates of its agreement with the site. */
@Entity
@Table(name = "employers")
public class EmployerRecord {

    @Id private String id;

    private String name;

    @Column(name = "name_key")
    private String nameKey;

    @Enumerated(EnumType.STRING)
    private EmployerKind kind;

    @Column(name = "agreement_start")
    private LocalDate agreementStart;

    @Column(name = "agreement_end")
    private LocalDate agreementEnd;

    @Column(name = "uses_ats")
    private boolean usesApplicantTracking;

    @Column(name = "added_at")
    private Instant addedAt;

    protected EmployerRecord() {}

    EmployerRecord(EmployerId id, EmployerDraft draft, Instant now) {
        this.id = id.toString();
        this.addedAt = now;
        change(draft);
    }

    void change(EmployerDraft draft) {
        this.name = draft.name().strip();
        this.nameKey = nameKey(draft.name());
        this.kind = draft.kind();
        this.agreementStart = draft.agreementStart();
        this.agreementEnd = draft.agreementEnd();
        this.usesApplicantTracking = draft.usesApplicantTracking();
    }

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    Employer employer() {
        return new Employer(
                EmployerId.parse(id),
                name,
                kind,
                agreementStart,
                Optional.ofNullable(agreementEnd),
                usesApplicantTracking);
    }
}
