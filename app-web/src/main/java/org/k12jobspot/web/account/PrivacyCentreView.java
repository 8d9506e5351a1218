package org.k12jobspot.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentState;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.consent.api.Employer;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.Employers;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.ReleaseState;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PublishedPolicy;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;
import org.k12jobspot.web.platform.Formats;

/**
 * The privacy centre: where each purpose stands, controls to give or withdraw it, the profile
 * release, and the ledger with its receipts.
 */
@Named
@ViewScoped
public class PrivacyCentreView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How widely the profile is released, as the radio buttons offer it. */
    public enum Reach {
        NO_ONE,
        ALL_WITH_AGREEMENT,
        CHOSEN
    }

    @Inject Consents consents;
    @Inject Employers employers;
    @Inject Policies policies;
    @Inject Caller caller;
    @Inject Formats formats;

    private AccountId owner;
    private List<ConsentState> states = List.of();
    private List<ConsentEntry> history = List.of();
    private List<Employer> activeEmployers = List.of();
    private Map<EmployerId, Employer> allEmployers = Map.of();
    private Map<String, Integer> policyNumbers = Map.of();
    private Reach reach = Reach.NO_ONE;
    private List<String> chosen = new ArrayList<>();

    @PostConstruct
    void load() {
        owner = caller.requireAccountId();
        reload();
    }

    public void setMarketing(boolean give) {
        consents.record(ConsentChange.byPerson(owner, Purpose.MARKETING_EMAIL, give));
        reload();
        FieldMessages.info(
                give
                        ? "You will receive email about K12JobSpot's own products."
                        : "You will no longer receive email about K12JobSpot's own products.");
    }

    public void giveTransfer() {
        consents.record(ConsentChange.byPerson(owner, Purpose.US_TRANSFER, true));
        reload();
        FieldMessages.info("Your consent to storage in the United States is recorded.");
    }

    public void saveRelease() {
        try {
            var ids = new HashSet<EmployerId>();
            if (reach == Reach.CHOSEN) {
                chosen.forEach(id -> ids.add(EmployerId.parse(id)));
            }
            consents.chooseRelease(owner, new ReleaseState(reach == Reach.ALL_WITH_AGREEMENT, ids));
            reload();
            FieldMessages.info(
                    switch (reach) {
                        case NO_ONE -> "Your profile is released to no employer.";
                        case ALL_WITH_AGREEMENT ->
                                "Your profile is released to every employer with an active"
                                        + " agreement.";
                        case CHOSEN ->
                                ids.isEmpty()
                                        ? "No employer chosen: your profile is released to no"
                                                + " employer."
                                        : "Your profile is released to the employers you chose.";
                    });
        } catch (InputRejected e) {
            FieldMessages.show("release", e.problems());
        } catch (IllegalArgumentException e) {
            FieldMessages.show("release", Map.of("employers", "Choose from the list."));
        }
    }

    public ConsentState state(Purpose purpose) {
        return states.get(purpose.ordinal());
    }

    /** ": name" of the one employer an entry names; empty for an entry about all of them. */
    public String employerOf(ConsentEntry entry) {
        return entry.employer()
                .map(id -> allEmployers.get(id))
                .map(employer -> ": " + employer.name())
                .orElse(entry.employer().isPresent() ? ": an employer no longer registered" : "");
    }

    /** An employer as the release choices list it: name, kind, how it receives profiles. */
    public String describe(Employer employer) {
        var tracking =
                employer.usesApplicantTracking() ? ", through an applicant-tracking system" : "";
        var until = employer.agreementEnd().map(end -> ", agreement until " + end).orElse("");
        return employer.name() + " (" + employer.kind().title() + tracking + until + ")";
    }

    public String policyNumber(ConsentEntry entry) {
        var number = policyNumbers.get(entry.policyVersion().toString());
        return number == null ? "" : String.valueOf(number);
    }

    private void reload() {
        states = consents.current(owner);
        history = consents.history(owner);
        activeEmployers = employers.active();
        allEmployers =
                employers.all().stream()
                        .collect(Collectors.toMap(Employer::id, Function.identity()));
        policyNumbers =
                policies.published().stream()
                        .collect(Collectors.toMap(v -> v.id().toString(), PublishedPolicy::number));
        var release = consents.release(owner);
        reach =
                release.toAllWithAgreement()
                        ? Reach.ALL_WITH_AGREEMENT
                        : release.chosen().isEmpty() ? Reach.NO_ONE : Reach.CHOSEN;
        chosen = new ArrayList<>(release.chosen().stream().map(EmployerId::toString).toList());
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public boolean isMarketingGiven() {
        return state(Purpose.MARKETING_EMAIL).given();
    }

    public boolean isTransferGiven() {
        return state(Purpose.US_TRANSFER).given();
    }

    public ConsentState getPolicyState() {
        return state(Purpose.POLICY_ACCEPTANCE);
    }

    /** "Version 2 accepted on …", for the policy row of the choices table. */
    public String getPolicyAcceptance() {
        var state = getPolicyState();
        var number = state.policyVersion().map(v -> policyNumbers.get(v.toString())).orElse(null);
        var when = formats.time(state.since());
        return "Version " + number + " accepted on " + when;
    }

    public List<ConsentEntry> getHistory() {
        return history;
    }

    public List<Employer> getActiveEmployers() {
        return activeEmployers;
    }

    public Reach[] getReaches() {
        return Reach.values();
    }

    public Reach getReach() {
        return reach;
    }

    public void setReach(Reach reach) {
        this.reach = reach;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }
}
