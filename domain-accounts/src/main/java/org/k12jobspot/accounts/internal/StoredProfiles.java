package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.CandidacyProfile;
import org.k12jobspot.accounts.api.CandidacyProfiles;
import org.k12jobspot.accounts.api.CertificationDraft;
import org.k12jobspot.accounts.api.ContactDetails;
import org.k12jobspot.accounts.api.DegreeDraft;
import org.k12jobspot.accounts.api.ProfileChanged;

/** Candidacy profiles kept in the accounts module's tables. */
@ApplicationScoped
@Transactional
public class StoredProfiles implements CandidacyProfiles {

    private static final System.Logger LOG = System.getLogger(StoredProfiles.class.getName());

    @Inject AccountStore store;
    @Inject AccountsClock clock;
    @Inject Event<ProfileChanged> changed;

    @Override
    public CandidacyProfile profileOf(AccountId owner) {
        var account = store.find(owner).orElseThrow(() -> new NoSuchElementException("no account"));
        var contact =
                store.findProfile(owner).map(ProfileRecord::contact).orElse(ContactDetails.empty());
        return new CandidacyProfile(
                owner,
                account.fullName(),
                account.email(),
                contact,
                store.certificationsOf(owner).stream().map(CertificationRecord::view).toList(),
                store.degreesOf(owner).stream().map(DegreeRecord::view).toList());
    }

    @Override
    public void updateContact(AccountId owner, ContactDetails contact) {
        var clean = ProfileRules.contact(contact);
        requireAccount(owner);

        var record =
                store.findProfile(owner)
                        .orElseGet(
                                () -> {
                                    var fresh = new ProfileRecord(owner);
                                    store.store(fresh);
                                    return fresh;
                                });
        record.replaceWith(clean);

        announce(owner, "contact details");
    }

    @Override
    public String addCertification(AccountId owner, CertificationDraft draft) {
        var clean = ProfileRules.certification(draft);
        requireAccount(owner);

        var record = new CertificationRecord(owner, clean, clock.now());
        store.store(record);

        announce(owner, "certification added");
        return record.id();
    }

    @Override
    public void changeCertification(
            AccountId owner, String certificationId, CertificationDraft draft) {
        var clean = ProfileRules.certification(draft);
        var record =
                store.findCertification(certificationId)
                        .filter(c -> c.ownedBy(owner))
                        .orElseThrow(() -> new NoSuchElementException("no such certification"));

        record.replaceWith(clean);

        announce(owner, "certification changed");
    }

    @Override
    public boolean removeCertification(AccountId owner, String certificationId) {
        var record =
                Optional.ofNullable(certificationId)
                        .flatMap(store::findCertification)
                        .filter(c -> c.ownedBy(owner));
        record.ifPresent(
                found -> {
                    store.remove(found);
                    announce(owner, "certification removed");
                });
        return record.isPresent();
    }

    @Override
    public String addDegree(AccountId owner, DegreeDraft draft) {
        var clean = ProfileRules.degree(draft, thisYear());
        requireAccount(owner);

        var record = new DegreeRecord(owner, clean, clock.now());
        store.store(record);

        announce(owner, "degree added");
        return record.id();
    }

    @Override
    public void changeDegree(AccountId owner, String degreeId, DegreeDraft draft) {
        var clean = ProfileRules.degree(draft, thisYear());
        var record =
                store.findDegree(degreeId)
                        .filter(d -> d.ownedBy(owner))
                        .orElseThrow(() -> new NoSuchElementException("no such degree"));

        record.replaceWith(clean);

        announce(owner, "degree changed");
    }

    @Override
    public boolean removeDegree(AccountId owner, String degreeId) {
        var record =
                Optional.ofNullable(degreeId)
                        .flatMap(store::findDegree)
                        .filter(d -> d.ownedBy(owner));
        record.ifPresent(
                found -> {
                    store.remove(found);
                    announce(owner, "degree removed");
                });
        return record.isPresent();
    }

    private void requireAccount(AccountId owner) {
        if (store.find(owner).isEmpty()) {
            throw new NoSuchElementException("no account");
        }
    }

    private Year thisYear() {
        return Year.from(clock.now().atZone(ZoneOffset.UTC));
    }

    private void announce(AccountId owner, String what) {
        changed.fire(new ProfileChanged(owner, clock.now()));
        LOG.log(System.Logger.Level.INFO, "Profile of account {0}: {1}", owner, what);
    }
}
