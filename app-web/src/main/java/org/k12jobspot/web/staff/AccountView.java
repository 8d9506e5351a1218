package org.k12jobspot.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.NoSuchElementException;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.CandidacyProfile;
import org.k12jobspot.accounts.api.Correction;
import org.k12jobspot.accounts.api.DegreeLevel;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.StaffCorrections;
import org.k12jobspot.web.account.CertificationForm;
import org.k12jobspot.web.account.ContactForm;
import org.k12jobspot.web.account.DegreeForm;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;
import org.k12jobspot.web.platform.RowChoice;

/**
 * One account's data for staff: first the reason for opening it, then the profile with forms to
 * correct it, each correction with its own reason. Every opening and correction is in the person's
 * access log.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String GONE = "This %s was removed in the meantime; nothing was changed.";
    private static final String ALREADY_GONE =
            "This %s is already deleted, perhaps in another window; nothing was changed.";
    private static final String OTHER_FORM =
            "This form was sent from an older page for another %s; nothing was changed. Check the"
                    + " form below and send it again.";
    // The names of the row buttons in account.xhtml, which are the client ids of the commands
    // they press: each button sends its row's id as its value.
    private static final String CORRECT_CERTIFICATION = "certifications:correct";
    private static final String DELETE_CERTIFICATION = "certifications:delete";
    private static final String CORRECT_DEGREE = "degrees:correct";
    private static final String DELETE_DEGREE = "degrees:delete";

    @Inject Accounts accounts;
    @Inject StaffCorrections corrections;
    @Inject Caller caller;

    private AccountId account;
    private AccountSummary summary;
    private String openReason;
    private CandidacyProfile profile;
    private String fullName;
    private String email;
    private String identityReason;
    private ContactForm contact = new ContactForm();
    private String contactReason;
    private String certificationsReason;
    private CertificationForm certification;
    private String certificationReason;
    private String degreesReason;
    private DegreeForm degree;
    private String degreeReason;

    @PostConstruct
    void load() {
        var id =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get("id");
        try {
            account = id == null ? null : AccountId.parse(id.strip());
        } catch (IllegalArgumentException e) {
            account = null;
        }
        summary = account == null ? null : accounts.find(account).orElse(null);
        if (summary == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void open() {
        try {
            var opened = corrections.open(account, staff(), openReason);
            if (opened.isEmpty()) {
                FieldMessages.error("This account no longer exists.");
                return;
            }
            profile = opened.get();
            fillForms();
        } catch (InputRejected e) {
            FieldMessages.show("open", e.problems());
        }
    }

    public void correctIdentity() {
        try {
            done(corrections.correctIdentity(account, staff(), fullName, email, identityReason));
            identityReason = null;
        } catch (InputRejected e) {
            FieldMessages.show("identity", e.problems());
        }
    }

    public void correctContact() {
        try {
            done(corrections.correctContact(account, staff(), contact.details(), contactReason));
            contactReason = null;
        } catch (InputRejected e) {
            FieldMessages.show("contact", e.problems());
        }
    }

    /** Opens the correction form of the certification whose id the pressed button carries. */
    public void editCertification() {
        var chosen = RowChoice.id(CORRECT_CERTIFICATION);
        profile.certifications().stream()
                .filter(c -> c.id().equals(chosen))
                .findFirst()
                .ifPresentOrElse(
                        c -> {
                            certification = CertificationForm.of(c);
                            certificationReason = null;
                        },
                        () -> FieldMessages.error(ALREADY_GONE.formatted("certification")));
    }

    public void correctCertification() {
        if (!certification.id().equals(RowChoice.id("certification:for"))) {
            FieldMessages.error(OTHER_FORM.formatted("certification"));
            return;
        }
        try {
            done(
                    corrections.correctCertification(
                            account,
                            staff(),
                            certification.id(),
                            certification.draft(),
                            certificationReason));
            certification = null;
        } catch (InputRejected e) {
            FieldMessages.show("certification", e.problems());
        } catch (NoSuchElementException e) {
            certification = null;
            reload();
            FieldMessages.error(GONE.formatted("certification"));
        }
    }

    /**
     * Deletes the certification whose id the pressed button carries, never the one that happens to
     * sit at that row now: a repeated or stale post finds it gone and says so.
     */
    public void removeCertification() {
        var chosen = RowChoice.id(DELETE_CERTIFICATION);
        try {
            deleted(
                    corrections.removeCertification(account, staff(), chosen, certificationsReason),
                    "certification");
            certificationsReason = null;
            if (certification != null && certification.id().equals(chosen)) {
                certification = null;
            }
        } catch (InputRejected e) {
            FieldMessages.show("certifications", e.problems());
        }
    }

    /** Opens the correction form of the degree whose id the pressed button carries. */
    public void editDegree() {
        var chosen = RowChoice.id(CORRECT_DEGREE);
        profile.degrees().stream()
                .filter(d -> d.id().equals(chosen))
                .findFirst()
                .ifPresentOrElse(
                        d -> {
                            degree = DegreeForm.of(d);
                            degreeReason = null;
                        },
                        () -> FieldMessages.error(ALREADY_GONE.formatted("degree")));
    }

    public void correctDegree() {
        if (!degree.id().equals(RowChoice.id("degree:for"))) {
            FieldMessages.error(OTHER_FORM.formatted("degree"));
            return;
        }
        try {
            done(
                    corrections.correctDegree(
                            account, staff(), degree.id(), degree.draft(), degreeReason));
            degree = null;
        } catch (InputRejected e) {
            FieldMessages.show("degree", e.problems());
        } catch (NoSuchElementException e) {
            degree = null;
            reload();
            FieldMessages.error(GONE.formatted("degree"));
        }
    }

    /** As {@link #removeCertification()}, for a degree. */
    public void removeDegree() {
        var chosen = RowChoice.id(DELETE_DEGREE);
        try {
            deleted(corrections.removeDegree(account, staff(), chosen, degreesReason), "degree");
            degreesReason = null;
            if (degree != null && degree.id().equals(chosen)) {
                degree = null;
            }
        } catch (InputRejected e) {
            FieldMessages.show("degrees", e.problems());
        }
    }

    public void cancel() {
        certification = null;
        degree = null;
    }

    private void done(Correction correction) {
        profile = correction.profile();
        fillForms();
        if (correction.changedAnything()) {
            FieldMessages.info(
                    "Corrected: "
                            + String.join(", ", correction.fields())
                            + ". The person can read this in their access log.");
        } else {
            FieldMessages.info("Nothing changed: these are the values already saved.");
        }
    }

    private void deleted(Correction correction, String what) {
        profile = correction.profile();
        fillForms();
        if (correction.changedAnything()) {
            FieldMessages.info(
                    "Deleted: a " + what + ". The person can read this in their access log.");
        } else {
            FieldMessages.error(ALREADY_GONE.formatted(what));
        }
    }

    /** After a clash with another change, shows the data again: a new, logged opening. */
    private void reload() {
        profile = corrections.open(account, staff(), openReason).orElse(null);
        fillForms();
    }

    private void fillForms() {
        if (profile == null) {
            return;
        }
        fullName = profile.fullName();
        email = profile.email();
        contact = ContactForm.of(profile.contact());
    }

    private AccountId staff() {
        return caller.requireAccountId();
    }

    public boolean isFound() {
        return summary != null;
    }

    /** Staff and administrator accounts are managed on the staff members screen, not here. */
    public boolean isStaffAccount() {
        return summary != null && summary.role() != Role.JOB_SEEKER;
    }

    public boolean isOpened() {
        return profile != null;
    }

    public AccountSummary getSummary() {
        return summary;
    }

    public CandidacyProfile getProfile() {
        return profile;
    }

    public DegreeLevel[] getDegreeLevels() {
        return DegreeLevel.values();
    }

    public String getOpenReason() {
        return openReason;
    }

    public void setOpenReason(String openReason) {
        this.openReason = openReason;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getIdentityReason() {
        return identityReason;
    }

    public void setIdentityReason(String identityReason) {
        this.identityReason = identityReason;
    }

    public ContactForm getContact() {
        return contact;
    }

    public String getContactReason() {
        return contactReason;
    }

    public void setContactReason(String contactReason) {
        this.contactReason = contactReason;
    }

    public String getCertificationsReason() {
        return certificationsReason;
    }

    public void setCertificationsReason(String certificationsReason) {
        this.certificationsReason = certificationsReason;
    }

    public CertificationForm getCertification() {
        return certification;
    }

    public String getCertificationReason() {
        return certificationReason;
    }

    public void setCertificationReason(String certificationReason) {
        this.certificationReason = certificationReason;
    }

    public String getDegreesReason() {
        return degreesReason;
    }

    public void setDegreesReason(String degreesReason) {
        this.degreesReason = degreesReason;
    }

    public DegreeForm getDegree() {
        return degree;
    }

    public String getDegreeReason() {
        return degreeReason;
    }

    public void setDegreeReason(String degreeReason) {
        this.degreeReason = degreeReason;
    }
}
