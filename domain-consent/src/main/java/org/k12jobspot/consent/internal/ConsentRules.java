package org.k12jobspot.consent.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.ConsentState;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.ReleaseState;
import org.k12jobspot.policy.api.PolicyVersionId;

/**
 * How the current state follows from the ledger, and which changes the ledger accepts. Entries are
 * read oldest first; the latest decision for a purpose wins. For the profile release, an entry
 * without an employer speaks for all employers (withdrawing it withdraws every release), an entry
 * with one adds or removes that employer.
 */
final class ConsentRules {

    static final int MAX_REASON = 500;

    private ConsentRules() {}

    static List<ConsentState> states(List<ConsentEntry> oldestFirst) {
        var latest = new EnumMap<Purpose, ConsentEntry>(Purpose.class);
        for (var entry : oldestFirst) {
            latest.put(entry.purpose(), entry);
        }
        var release = release(oldestFirst);
        var states = new ArrayList<ConsentState>();
        for (var purpose : Purpose.values()) {
            var entry = Optional.ofNullable(latest.get(purpose));
            var given =
                    purpose == Purpose.PROFILE_RELEASE
                            ? release.toAllWithAgreement() || !release.chosen().isEmpty()
                            : entry.map(ConsentEntry::given).orElse(false);
            states.add(
                    new ConsentState(
                            purpose,
                            given,
                            entry.map(ConsentEntry::recordedAt),
                            entry.map(ConsentEntry::policyVersion)));
        }
        return states;
    }

    static ReleaseState release(List<ConsentEntry> oldestFirst) {
        var toAll = false;
        Map<EmployerId, Boolean> chosen = new HashMap<>();
        for (var entry : oldestFirst) {
            if (entry.purpose() != Purpose.PROFILE_RELEASE) {
                continue;
            }
            if (entry.employer().isEmpty()) {
                toAll = entry.given();
                if (!entry.given()) {
                    chosen.clear();
                }
            } else {
                chosen.put(entry.employer().get(), entry.given());
            }
        }
        var released = new HashSet<EmployerId>();
        chosen.forEach(
                (employer, given) -> {
                    if (given) {
                        released.add(employer);
                    }
                });
        return new ReleaseState(toAll, released);
    }

    static Optional<PolicyVersionId> lastAccepted(List<ConsentEntry> oldestFirst) {
        PolicyVersionId accepted = null;
        for (var entry : oldestFirst) {
            if (entry.purpose() == Purpose.POLICY_ACCEPTANCE && entry.given()) {
                accepted = entry.policyVersion();
            }
        }
        return Optional.ofNullable(accepted);
    }

    static boolean isGiven(List<ConsentEntry> oldestFirst, Purpose purpose) {
        return states(oldestFirst).get(purpose.ordinal()).given();
    }

    /** Field name to message for every rule the change breaks; empty when it may be recorded. */
    static Map<String, String> problems(ConsentChange change) {
        var problems = new HashMap<String, String>();
        if (change.purpose() == Purpose.POLICY_ACCEPTANCE) {
            problems.put(
                    "purpose",
                    "Acceptance of the policy is given by accepting a version, and ends only when"
                            + " the account is deleted.");
        }
        if (change.purpose() == Purpose.US_TRANSFER && !change.give()) {
            problems.put(
                    "purpose",
                    "Your data can only be kept in the United States. This consent ends when"
                            + " your account is deleted.");
        }
        if (change.employer().isPresent() && change.purpose() != Purpose.PROFILE_RELEASE) {
            problems.put("employer", "Only the release of the profile can name an employer.");
        }
        if (change.source() == ConsentSource.STAFF_ON_REQUEST) {
            var reason = change.reason().map(String::strip).orElse("");
            if (reason.isEmpty()) {
                problems.put("reason", "Say why, and on whose request, you make this change.");
            } else if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
                problems.put("reason", "Keep the reason within " + MAX_REASON + " characters.");
            }
            if (change.give() && change.purpose() != Purpose.MARKETING_EMAIL) {
                problems.put(
                        "purpose",
                        "Staff may only withdraw this on a person's request; giving it is the"
                                + " person's own choice, in their privacy centre.");
            }
            if (change.actingStaff().isEmpty()) {
                problems.put("reason", "A change made by staff must name the staff member.");
            }
        }
        return problems;
    }

    /** Whether recording the change would alter the current state. */
    static boolean changesState(List<ConsentEntry> oldestFirst, ConsentChange change) {
        if (change.purpose() != Purpose.PROFILE_RELEASE) {
            return isGiven(oldestFirst, change.purpose()) != change.give();
        }
        var release = release(oldestFirst);
        if (change.employer().isEmpty()) {
            return change.give()
                    ? !release.toAllWithAgreement()
                    : release.toAllWithAgreement() || !release.chosen().isEmpty();
        }
        return release.chosen().contains(change.employer().get()) != change.give();
    }
}
