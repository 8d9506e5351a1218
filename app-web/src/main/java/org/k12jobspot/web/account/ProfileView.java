package org.k12jobspot.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.NoSuchElementException;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.CandidacyProfile;
import org.k12jobspot.accounts.api.CandidacyProfiles;
import org.k12jobspot.accounts.api.Certification;
import org.k12jobspot.accounts.api.Degree;
import org.k12jobspot.accounts.api.DegreeLevel;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;
import org.k12jobspot.web.platform.RowChoice;

/**
 * The job seeker's candidacy profile: contact details, certifications and degrees, each saved on
 * its own so a refused field never loses what was already saved.
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String GONE =
            "This %s was removed, perhaps in another window. What you typed is still in the form;"
                    + " add it again if you need it.";
    private static final String ALREADY_GONE =
            "This %s is already removed, perhaps in another window; nothing else was changed.";
    private static final String CERTIFICATION = "certificationId";
    private static final String DEGREE = "degreeId";

    @Inject CandidacyProfiles profiles;
    @Inject Caller caller;

    private AccountId owner;
    private CandidacyProfile profile;
    private ContactForm contact = new ContactForm();
    private CertificationForm certification = new CertificationForm();
    private DegreeForm degree = new DegreeForm();

    @PostConstruct
    void load() {
        owner = caller.requireAccountId();
        reload();
        contact = ContactForm.of(profile.contact());
    }

    public void saveContact() {
        try {
            profiles.updateContact(owner, contact.details());
            reload();
            FieldMessages.info("Contact details saved.");
        } catch (InputRejected e) {
            FieldMessages.show("contact", e.problems());
        }
    }

    public void saveCertification() {
        try {
            var draft = certification.draft();
            if (certification.id() == null) {
                profiles.addCertification(owner, draft);
                FieldMessages.info("Certification added.");
            } else {
                profiles.changeCertification(owner, certification.id(), draft);
                FieldMessages.info("Certification saved.");
            }
            certification = new CertificationForm();
            reload();
        } catch (InputRejected e) {
            FieldMessages.show("certification", e.problems());
        } catch (NoSuchElementException e) {
            certification.forgetOriginal();
            reload();
            FieldMessages.error(GONE.formatted("certification"));
        }
    }

    /** Edits the certification whose id the pressed row's button carries. */
    public void editCertification() {
        reload();
        var chosen = RowChoice.id(CERTIFICATION);
        profile.certifications().stream()
                .filter(c -> c.id().equals(chosen))
                .findFirst()
                .ifPresentOrElse(
                        c -> certification = CertificationForm.of(c),
                        () -> FieldMessages.error(ALREADY_GONE.formatted("certification")));
    }

    /**
     * Removes the certification whose id the pressed row's button carries, never the one that
     * happens to sit in that row now: a repeated or stale post finds it gone and says so.
     */
    public void removeCertification() {
        var chosen = RowChoice.id(CERTIFICATION);
        var removed = profiles.removeCertification(owner, chosen);
        if (chosen != null && chosen.equals(certification.id())) {
            certification = new CertificationForm();
        }
        reload();
        if (removed) {
            FieldMessages.info("Certification removed.");
        } else {
            FieldMessages.error(ALREADY_GONE.formatted("certification"));
        }
    }

    public void cancelCertification() {
        certification = new CertificationForm();
    }

    public void saveDegree() {
        try {
            var draft = degree.draft();
            if (degree.id() == null) {
                profiles.addDegree(owner, draft);
                FieldMessages.info("Degree added.");
            } else {
                profiles.changeDegree(owner, degree.id(), draft);
                FieldMessages.info("Degree saved.");
            }
            degree = new DegreeForm();
            reload();
        } catch (InputRejected e) {
            FieldMessages.show("degree", e.problems());
        } catch (NoSuchElementException e) {
            degree.forgetOriginal();
            reload();
            FieldMessages.error(GONE.formatted("degree"));
        }
    }

    /** Edits the degree whose id the pressed row's button carries. */
    public void editDegree() {
        reload();
        var chosen = RowChoice.id(DEGREE);
        profile.degrees().stream()
                .filter(d -> d.id().equals(chosen))
                .findFirst()
                .ifPresentOrElse(
                        d -> degree = DegreeForm.of(d),
                        () -> FieldMessages.error(ALREADY_GONE.formatted("degree")));
    }

    /** As {@link #removeCertification()}, for a degree. */
    public void removeDegree() {
        var chosen = RowChoice.id(DEGREE);
        var removed = profiles.removeDegree(owner, chosen);
        if (chosen != null && chosen.equals(degree.id())) {
            degree = new DegreeForm();
        }
        reload();
        if (removed) {
            FieldMessages.info("Degree removed.");
        } else {
            FieldMessages.error(ALREADY_GONE.formatted("degree"));
        }
    }

    public void cancelDegree() {
        degree = new DegreeForm();
    }

    private void reload() {
        profile = profiles.profileOf(owner);
    }

    public CandidacyProfile getProfile() {
        return profile;
    }

    public List<Certification> getCertifications() {
        return profile.certifications();
    }

    public List<Degree> getDegrees() {
        return profile.degrees();
    }

    public DegreeLevel[] getDegreeLevels() {
        return DegreeLevel.values();
    }

    public ContactForm getContact() {
        return contact;
    }

    public CertificationForm getCertification() {
        return certification;
    }

    public DegreeForm getDegree() {
        return degree;
    }
}
