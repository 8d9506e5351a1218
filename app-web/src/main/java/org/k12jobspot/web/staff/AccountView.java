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
import org.k12jobspot.accounts.api.Certification;
import org.k12jobspot.accounts.api.Correction;
import org.k12jobspot.accounts.api.Degree;
import org.k12jobspot.accounts.api.DegreeLevel;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.StaffCorrections;
import org.k12jobspot.web.account.CertificationForm;
import org.k12jobspot.web.account.ContactForm;
import org.k12jobspot.web.account.DegreeForm;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;

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

    public void editCertification(Certification chosen) {
        certification = CertificationForm.of(chosen);
        certificationReason = null;
    }

    public void correctCertification() {
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

    public void removeCertification(Certification chosen) {
        try {
            done(
                    corrections.removeCertification(
                            account, staff(), chosen.id(), certificationsReason));
            certificationsReason = null;
            certification = null;
        } catch (InputRejected e) {
            FieldMessages.show("certifications", e.problems());
        }
    }

    public void editDegree(Degree chosen) {
        degree = DegreeForm.of(chosen);
        degreeReason = null;
    }

    public void correctDegree() {
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

    public void removeDegree(Degree chosen) {
        try {
            done(corrections.removeDegree(account, staff(), chosen.id(), degreesReason));
            degreesReason = null;
            degree = null;
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
