package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccessKind;
import org.k12jobspot.accounts.api.AccountCorrected;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.CandidacyProfile;
import org.k12jobspot.accounts.api.CertificationDraft;
import org.k12jobspot.accounts.api.ContactDetails;
import org.k12jobspot.accounts.api.Correction;
import org.k12jobspot.accounts.api.DegreeDraft;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.ProfileChanged;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.StaffCorrections;

/**
 * Staff opening and correcting accounts' data, each step written to the staff access log in the
 * same transaction as the change it describes.
 */
@ApplicationScoped
@Transactional
public class CorrectedAccounts implements StaffCorrections {

    static final String EMAIL_TAKEN = "Another account already uses this email address.";
    static final String STAFF_ACCOUNT =
            "This is a staff account. Staff and administrator accounts are not opened or"
                    + " corrected here; administrators manage them on Staff members.";

    @Inject AccountStore store;
    @Inject StoredProfiles profiles;
    @Inject StaffAccessLog log;
    @Inject AccountsClock clock;
    @Inject Event<AccountCorrected> corrected;
    @Inject Event<ProfileChanged> changed;

    @Override
    public Optional<CandidacyProfile> open(AccountId account, AccountId staff, String reason) {
        var clean = Reasons.required(reason, StaffAccessLog.OPEN_REASON);
        var role = log.activeStaffRole(staff);
        var target = store.find(account);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        requireJobSeeker(target.get());

        log.write(account, staff, role, AccessKind.OPENED, "account and candidacy profile", clean);
        return Optional.of(profiles.profileOf(account));
    }

    @Override
    public Correction correctIdentity(
            AccountId account, AccountId staff, String fullName, String email, String reason) {
        var problems = new LinkedHashMap<String, String>();
        var clean = Reasons.check(reason, StaffAccessLog.CHANGE_REASON, problems);
        var role = log.activeStaffRole(staff);
        var name =
                ProfileRules.required(fullName, "fullName", 200, "Enter the full name.", problems);
        EmailAddresses.problemOfSomeoneElses(email).ifPresent(p -> problems.put("email", p));
        var target = store.find(account).orElseThrow(() -> new NoSuchElementException("account"));
        requireJobSeeker(target);
        if (!problems.containsKey("email")) {
            store.findByEmail(email)
                    .filter(other -> !other.accountId().equals(account))
                    .ifPresent(other -> problems.put("email", EMAIL_TAKEN));
        }
        ProfileRules.throwIfAny(problems);

        var fields = new ArrayList<String>();
        if (!name.equals(target.fullName())) {
            target.correctName(name);
            fields.add("full name");
        }
        var address = email.strip();
        if (!address.equals(target.email())) {
            target.correctEmail(address);
            fields.add("email");
        }
        try {
            store.flush();
        } catch (PersistenceException e) {
            // Another account took the address between the check and the update.
            throw InputRejected.of("email", EMAIL_TAKEN);
        }

        return logged(account, staff, role, AccessKind.CORRECTED, fields, clean);
    }

    @Override
    public Correction correctContact(
            AccountId account, AccountId staff, ContactDetails contact, String reason) {
        var problems = new LinkedHashMap<String, String>();
        var clean = Reasons.check(reason, StaffAccessLog.CHANGE_REASON, problems);
        var details = Reasons.collect(() -> ProfileRules.contact(contact), problems);
        ProfileRules.throwIfAny(problems);
        var role = log.activeStaffRole(staff);
        requireJobSeeker(account);
        var before = profiles.profileOf(account).contact();

        var fields = new ArrayList<String>();
        compare(fields, "street address", before.streetAddress(), details.streetAddress());
        compare(fields, "city", before.city(), details.city());
        compare(fields, "state", before.region(), details.region());
        compare(fields, "ZIP code", before.postalCode(), details.postalCode());
        compare(fields, "telephone", before.phone(), details.phone());
        compare(fields, "professional summary", before.summary(), details.summary());
        if (!fields.isEmpty()) {
            var record =
                    store.findProfile(account)
                            .orElseGet(
                                    () -> {
                                        var fresh = new ProfileRecord(account);
                                        store.store(fresh);
                                        return fresh;
                                    });
            record.replaceWith(details);
        }

        return logged(account, staff, role, AccessKind.CORRECTED, fields, clean);
    }

    @Override
    public Correction correctCertification(
            AccountId account,
            AccountId staff,
            String certificationId,
            CertificationDraft draft,
            String reason) {
        var problems = new LinkedHashMap<String, String>();
        var clean = Reasons.check(reason, StaffAccessLog.CHANGE_REASON, problems);
        var corrected = Reasons.collect(() -> ProfileRules.certification(draft), problems);
        ProfileRules.throwIfAny(problems);
        var role = log.activeStaffRole(staff);
        requireJobSeeker(account);
        var record =
                store.findCertification(certificationId)
                        .filter(c -> c.ownedBy(account))
                        .orElseThrow(() -> new NoSuchElementException("no such certification"));
        var before = record.view();

        var fields = new ArrayList<String>();
        compare(fields, "certification title", before.title(), corrected.title());
        compare(fields, "issuing state or body", before.issuer(), corrected.issuer());
        compare(fields, "certificate number", before.number(), corrected.number());
        compare(fields, "valid until", before.validUntil(), corrected.validUntil());
        record.replaceWith(corrected);

        return logged(account, staff, role, AccessKind.CORRECTED, certification(fields), clean);
    }

    @Override
    public Correction removeCertification(
            AccountId account, AccountId staff, String certificationId, String reason) {
        var clean = Reasons.required(reason, StaffAccessLog.CHANGE_REASON);
        var role = log.activeStaffRole(staff);
        requireJobSeeker(account);
        var record =
                Optional.ofNullable(certificationId)
                        .flatMap(store::findCertification)
                        .filter(c -> c.ownedBy(account));
        record.ifPresent(store::remove);

        var fields = record.isPresent() ? List.of("a certification") : List.<String>of();
        return logged(account, staff, role, AccessKind.DELETED, fields, clean);
    }

    @Override
    public Correction correctDegree(
            AccountId account, AccountId staff, String degreeId, DegreeDraft draft, String reason) {
        var problems = new LinkedHashMap<String, String>();
        var clean = Reasons.check(reason, StaffAccessLog.CHANGE_REASON, problems);
        var thisYear = Year.from(clock.now().atZone(ZoneOffset.UTC));
        var corrected = Reasons.collect(() -> ProfileRules.degree(draft, thisYear), problems);
        ProfileRules.throwIfAny(problems);
        var role = log.activeStaffRole(staff);
        requireJobSeeker(account);
        var record =
                store.findDegree(degreeId)
                        .filter(d -> d.ownedBy(account))
                        .orElseThrow(() -> new NoSuchElementException("no such degree"));
        var before = record.view();

        var fields = new ArrayList<String>();
        compare(fields, "degree level", before.level(), corrected.level());
        compare(fields, "field of study", before.field(), corrected.field());
        compare(fields, "institution", before.institution(), corrected.institution());
        compare(fields, "year awarded", before.year(), corrected.year());
        record.replaceWith(corrected);

        return logged(account, staff, role, AccessKind.CORRECTED, degree(fields), clean);
    }

    @Override
    public Correction removeDegree(
            AccountId account, AccountId staff, String degreeId, String reason) {
        var clean = Reasons.required(reason, StaffAccessLog.CHANGE_REASON);
        var role = log.activeStaffRole(staff);
        requireJobSeeker(account);
        var record =
                Optional.ofNullable(degreeId)
                        .flatMap(store::findDegree)
                        .filter(d -> d.ownedBy(account));
        record.ifPresent(store::remove);

        var fields = record.isPresent() ? List.of("a degree") : List.<String>of();
        return logged(account, staff, role, AccessKind.DELETED, fields, clean);
    }

    /**
     * Staff and administrator accounts are managed by administrators on the staff members screen;
     * letting staff correct one (its email above all) would let them take it over.
     */
    private void requireJobSeeker(AccountId account) {
        requireJobSeeker(
                store.find(account).orElseThrow(() -> new NoSuchElementException("account")));
    }

    private static void requireJobSeeker(Account target) {
        if (target.role() != Role.JOB_SEEKER) {
            throw InputRejected.of("account", STAFF_ACCOUNT);
        }
    }

    private Correction logged(
            AccountId account,
            AccountId staff,
            Role role,
            AccessKind kind,
            List<String> fields,
            String reason) {
        if (fields.isEmpty()) {
            return new Correction(fields, profiles.profileOf(account));
        }
        log.write(account, staff, role, kind, String.join(", ", fields), reason);

        var now = clock.now();
        corrected.fire(new AccountCorrected(account, staff, fields, now));
        changed.fire(new ProfileChanged(account, now));
        return new Correction(fields, profiles.profileOf(account));
    }

    private static void compare(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    private static List<String> certification(List<String> fields) {
        return fields.stream()
                .map(f -> f.startsWith("certification") ? f : "certification " + f)
                .toList();
    }

    private static List<String> degree(List<String> fields) {
        return fields.stream().map(f -> f.startsWith("degree") ? f : "degree " + f).toList();
    }
}
