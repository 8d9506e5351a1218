package org.k12jobspot.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.consent.api.Employer;
import org.k12jobspot.consent.api.EmployerDraft;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.EmployerKind;
import org.k12jobspot.consent.api.Employers;
import org.k12jobspot.web.platform.FieldMessages;

/** The employer register for staff: every employer with its agreement, and a form to keep it. */
@Named
@ViewScoped
public class EmployersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Employers employers;

    private List<Employer> all = List.of();
    private EmployerId editing;
    private String name;
    private EmployerKind kind;
    private LocalDate agreementStart;
    private LocalDate agreementEnd;
    private boolean usesApplicantTracking;

    @PostConstruct
    void load() {
        all = employers.all();
    }

    public void save() {
        try {
            var draft =
                    new EmployerDraft(
                            name, kind, agreementStart, agreementEnd, usesApplicantTracking);
            if (editing == null) {
                employers.add(draft);
                FieldMessages.info("Employer added to the register.");
            } else {
                employers.change(editing, draft);
                FieldMessages.info("Employer saved.");
            }
            clear();
            all = employers.all();
        } catch (InputRejected e) {
            FieldMessages.show("employer", e.problems());
        }
    }

    public void edit(Employer employer) {
        editing = employer.id();
        name = employer.name();
        kind = employer.kind();
        agreementStart = employer.agreementStart();
        agreementEnd = employer.agreementEnd().orElse(null);
        usesApplicantTracking = employer.usesApplicantTracking();
    }

    public void clear() {
        editing = null;
        name = null;
        kind = null;
        agreementStart = null;
        agreementEnd = null;
        usesApplicantTracking = false;
    }

    public String status(Employer employer) {
        var today = LocalDate.now(ZoneOffset.UTC);
        if (employer.activeOn(today)) {
            return "Active";
        }
        return employer.agreementStart().isAfter(today) ? "Not started" : "Ended";
    }

    public List<Employer> getAll() {
        return all;
    }

    public EmployerKind[] getKinds() {
        return EmployerKind.values();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public EmployerKind getKind() {
        return kind;
    }

    public void setKind(EmployerKind kind) {
        this.kind = kind;
    }

    public LocalDate getAgreementStart() {
        return agreementStart;
    }

    public void setAgreementStart(LocalDate agreementStart) {
        this.agreementStart = agreementStart;
    }

    public LocalDate getAgreementEnd() {
        return agreementEnd;
    }

    public void setAgreementEnd(LocalDate agreementEnd) {
        this.agreementEnd = agreementEnd;
    }

    public boolean isUsesApplicantTracking() {
        return usesApplicantTracking;
    }

    public void setUsesApplicantTracking(boolean usesApplicantTracking) {
        this.usesApplicantTracking = usesApplicantTracking;
    }
}
