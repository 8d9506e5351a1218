package org.k12jobspot.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentEntryId;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.policy.api.PolicyVersionId;

class ConsentRulesTest {

    private final AccountId person = AccountId.newId();
    private final PolicyVersionId v1 = PolicyVersionId.newId();
    private final List<ConsentEntry> ledger = new ArrayList<>();

    @Test
    void derivesTheLatestDecisionForEachPurpose() {
        append(Purpose.MARKETING_EMAIL, true, null);
        append(Purpose.MARKETING_EMAIL, false, null);
        append(Purpose.US_TRANSFER, true, null);

        var states = ConsentRules.states(ledger);

        assertThat(states.get(Purpose.MARKETING_EMAIL.ordinal()).given()).isFalse();
        assertThat(states.get(Purpose.US_TRANSFER.ordinal()).given()).isTrue();
        assertThat(states.get(Purpose.POLICY_ACCEPTANCE.ordinal()).given()).isFalse();
        assertThat(states.get(Purpose.POLICY_ACCEPTANCE.ordinal()).since()).isEmpty();
    }

    @Test
    void releasesToChosenEmployersAndWithdrawsThemAllAtOnce() {
        var district = EmployerId.newId();
        var agency = EmployerId.newId();
        append(Purpose.PROFILE_RELEASE, true, district);
        append(Purpose.PROFILE_RELEASE, true, agency);
        append(Purpose.PROFILE_RELEASE, false, agency);

        var chosen = ConsentRules.release(ledger);
        append(Purpose.PROFILE_RELEASE, false, null);
        var none = ConsentRules.release(ledger);

        assertThat(chosen.covers(district)).isTrue();
        assertThat(chosen.covers(agency)).isFalse();
        assertThat(chosen.toAllWithAgreement()).isFalse();
        assertThat(none.covers(district)).isFalse();
        assertThat(ConsentRules.states(ledger).get(Purpose.PROFILE_RELEASE.ordinal()).given())
                .isFalse();
    }

    @Test
    void releasesToAllEmployersWithAnAgreement() {
        append(Purpose.PROFILE_RELEASE, true, null);

        assertThat(ConsentRules.release(ledger).covers(EmployerId.newId())).isTrue();
    }

    @Test
    void findsTheLastAcceptedPolicyVersion() {
        var v2 = PolicyVersionId.newId();
        append(Purpose.POLICY_ACCEPTANCE, true, null);
        ledger.add(entry(Purpose.POLICY_ACCEPTANCE, true, null, v2));

        assertThat(ConsentRules.lastAccepted(ledger)).contains(v2);
    }

    @Test
    void refusesToWithdrawPolicyAcceptanceOrTheTransfer() {
        var policy = ConsentChange.byPerson(person, Purpose.POLICY_ACCEPTANCE, false);
        var transfer = ConsentChange.byPerson(person, Purpose.US_TRANSFER, false);

        assertThat(ConsentRules.problems(policy)).containsKey("purpose");
        assertThat(ConsentRules.problems(transfer)).containsKey("purpose");
        assertThat(ConsentRules.problems(ConsentChange.byPerson(person, Purpose.US_TRANSFER, true)))
                .isEmpty();
    }

    @Test
    void requiresAReasonWhenStaffActOnARequest() {
        var withoutReason = staffChange(Purpose.MARKETING_EMAIL, false, "   ");
        var withReason =
                staffChange(
                        Purpose.MARKETING_EMAIL, false, "Asked by phone on 3 December, ticket 118");

        assertThat(ConsentRules.problems(withoutReason)).containsKey("reason");
        assertThat(ConsentRules.problems(withReason)).isEmpty();
    }

    @Test
    void letsStaffOnlyWithdrawAProfileRelease() {
        var give =
                staffChange(Purpose.PROFILE_RELEASE, true, "Asked to be visible to every district");
        var withdraw =
                staffChange(
                        Purpose.PROFILE_RELEASE, false, "Asked by letter to stop every release");

        assertThat(ConsentRules.problems(give)).containsKey("purpose");
        assertThat(ConsentRules.problems(withdraw)).isEmpty();
    }

    @Test
    void seesThatARepeatedDecisionChangesNothing() {
        append(Purpose.MARKETING_EMAIL, true, null);

        var again = ConsentChange.byPerson(person, Purpose.MARKETING_EMAIL, true);
        var withdrawal = ConsentChange.byPerson(person, Purpose.MARKETING_EMAIL, false);

        assertThat(ConsentRules.changesState(ledger, again)).isFalse();
        assertThat(ConsentRules.changesState(ledger, withdrawal)).isTrue();
    }

    private ConsentChange staffChange(Purpose purpose, boolean give, String reason) {
        return new ConsentChange(
                person,
                purpose,
                give,
                Optional.empty(),
                ConsentSource.STAFF_ON_REQUEST,
                Optional.of(AccountId.newId()),
                Optional.of(reason));
    }

    private void append(Purpose purpose, boolean given, EmployerId employer) {
        ledger.add(entry(purpose, given, employer, v1));
    }

    private ConsentEntry entry(
            Purpose purpose, boolean given, EmployerId employer, PolicyVersionId version) {
        return new ConsentEntry(
                ConsentEntryId.newId(),
                person,
                purpose,
                given,
                version,
                Optional.ofNullable(employer),
                ConsentSource.PRIVACY_CENTRE,
                Optional.empty(),
                Instant.parse("2026-12-01T10:00:00Z").plusSeconds(ledger.size()));
    }
}
