package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccessLog;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentEntryId;
import org.k12jobspot.consent.api.ConsentGiven;
import org.k12jobspot.consent.api.ConsentReceipt;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.ConsentState;
import org.k12jobspot.consent.api.ConsentWithdrawn;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.Employers;
import org.k12jobspot.consent.api.PolicyPrompt;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.ReleaseState;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PolicyVersionId;

/** Consents as the ledger records them; every decision is appended, never changed. */
@ApplicationScoped
@Transactional
public class RecordedConsents implements Consents {

    @PersistenceContext(unitName = "consent")
    private EntityManager em;

    @Inject ConsentLedger ledger;
    @Inject Policies policies;
    @Inject Employers employers;
    @Inject Receipts receipts;
    @Inject ConsentClock clock;
    @Inject AccessLog accessLog;
    @Inject Event<ConsentGiven> given;
    @Inject Event<ConsentWithdrawn> withdrawn;

    @Override
    public List<ConsentState> current(AccountId account) {
        return ConsentRules.states(ledger.entries(account));
    }

    @Override
    public ReleaseState release(AccountId account) {
        return ConsentRules.release(ledger.entries(account));
    }

    @Override
    public List<ConsentEntry> history(AccountId account) {
        return ledger.entries(account).reversed();
    }

    @Override
    public boolean record(ConsentChange change) {
        var problems = ConsentRules.problems(change);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }

        if (!ConsentRules.changesState(ledger.entries(change.account()), change)) {
            return false;
        }

        append(change, policies.current().id(), null);
        if (change.source() == ConsentSource.STAFF_ON_REQUEST) {
            // In this transaction: the person's access log shows every staff change to their data.
            accessLog.changed(
                    change.account(),
                    change.actingStaff().orElseThrow(),
                    "consent: " + change.purpose().title(),
                    change.reason().orElseThrow());
        }
        return true;
    }

    @Override
    public void chooseRelease(AccountId account, ReleaseState wanted) {
        var today = clock.today();
        if (!wanted.chosen().stream()
                .allMatch(id -> employers.find(id).filter(e -> e.activeOn(today)).isPresent())) {
            throw InputRejected.of(
                    "employers", "Choose among the employers that have an agreement now.");
        }

        var current = release(account);
        if (wanted.toAllWithAgreement()) {
            record(release(account, Optional.empty(), true));
            return;
        }
        if (current.toAllWithAgreement() || wanted.chosen().isEmpty()) {
            record(release(account, Optional.empty(), false));
            current = release(account);
        }
        for (var employer : current.chosen()) {
            if (!wanted.chosen().contains(employer)) {
                record(release(account, Optional.of(employer), false));
            }
        }
        for (var employer : wanted.chosen()) {
            record(release(account, Optional.of(employer), true));
        }
    }

    private static ConsentChange release(
            AccountId account, Optional<EmployerId> employer, boolean give) {
        return new ConsentChange(
                account,
                Purpose.PROFILE_RELEASE,
                give,
                employer,
                ConsentSource.PRIVACY_CENTRE,
                Optional.empty(),
                Optional.empty());
    }

    /** Appends without the checks of {@link #record}; for registration and policy acceptance. */
    ConsentEntry append(ConsentChange change, PolicyVersionId version, String residence) {
        var entry = ledger.append(change, version, residence, clock.now());
        if (entry.given()) {
            given.fire(new ConsentGiven(entry.account(), entry.purpose(), entry.id(), clock.now()));
        } else {
            withdrawn.fire(
                    new ConsentWithdrawn(
                            entry.account(), entry.purpose(), entry.id(), clock.now()));
        }
        return entry;
    }

    @Override
    public Optional<PolicyPrompt> policyPrompt(AccountId account) {
        var current = policies.current().id();
        var accepted = ConsentRules.lastAccepted(ledger.entries(account));
        if (accepted.isEmpty()) {
            return Optional.of(new PolicyPrompt(PolicyPrompt.Kind.MUST_ACCEPT, current, accepted));
        }
        if (accepted.get().equals(current)) {
            return Optional.empty();
        }
        if (policies.materialChangeSince(accepted.get())) {
            return Optional.of(new PolicyPrompt(PolicyPrompt.Kind.MUST_ACCEPT, current, accepted));
        }
        if (em.find(PolicyNotice.class, PolicyNotice.key(account, current)) != null) {
            return Optional.empty();
        }
        return Optional.of(new PolicyPrompt(PolicyPrompt.Kind.NOTICE, current, accepted));
    }

    @Override
    public void acceptPolicy(AccountId account, PolicyVersionId shown) {
        var version =
                policies.find(shown)
                        .filter(v -> !v.effectiveOn().isAfter(clock.today()))
                        .orElseThrow(
                                () ->
                                        InputRejected.of(
                                                "policy",
                                                "That version of the policy is not in effect."));
        var entries = ledger.entries(account);
        if (ConsentRules.lastAccepted(entries).filter(version.id()::equals).isPresent()) {
            return;
        }

        append(acceptance(account, ConsentSource.POLICY_UPDATE), version.id(), null);
    }

    @Override
    public void noticeShown(AccountId account, PolicyVersionId version) {
        if (em.find(PolicyNotice.class, PolicyNotice.key(account, version)) == null) {
            em.persist(new PolicyNotice(account, version, clock.now()));
        }
    }

    @Override
    public Optional<ConsentReceipt> receipt(AccountId account, ConsentEntryId entry) {
        return ledger.find(entry)
                .filter(record -> record.entry().account().equals(account))
                .map(receipts::receipt);
    }

    static ConsentChange acceptance(AccountId account, ConsentSource source) {
        return new ConsentChange(
                account,
                Purpose.POLICY_ACCEPTANCE,
                true,
                Optional.empty(),
                source,
                Optional.empty(),
                Optional.empty());
    }
}
