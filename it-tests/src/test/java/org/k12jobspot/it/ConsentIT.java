package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.StaffDirectory;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentGiven;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.ConsentWithdrawn;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.consent.api.PolicyPrompt;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.RegistrationChoices;
import org.k12jobspot.consent.api.Registrations;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PolicyDrafts;
import org.k12jobspot.policy.api.PolicyVersionId;
import org.k12jobspot.policy.api.Publication;
import org.k12jobspot.policy.api.PublishedPolicy;

/**
 * The consent ledger inside the running product: registration records its consents with the account
 * or not at all, the ledger only grows, receipts belong to their owner, and a material change of
 * the policy stops a signed-in person until they accept it.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentIT {

    @Inject Registrations registrations;
    @Inject Consents consents;
    @Inject Accounts accounts;
    @Inject Outbox outbox;
    @Inject Policies policies;
    @Inject PolicyDrafts drafts;
    @Inject StaffDirectory staff;
    @Inject RecordedEvents events;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        ConsentIT.class,
                        RecordedEvents.class,
                        Enrolment.class,
                        Person.class,
                        Onboarding.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        SiteAddress.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @Test
    void recordsEveryRegistrationChoiceWithTheVersionShown() {
        var shown = policies.current();
        var choices = new RegistrationChoices(shown.id(), true, true, "ca", true);

        var id = enrolment().register(Person.newJobSeeker("Zoë Tremblay-Côté"), choices);

        assertThat(consents.history(id))
                .extracting(ConsentEntry::purpose, ConsentEntry::given, ConsentEntry::source)
                .containsExactlyInAnyOrder(
                        Assertions.tuple(
                                Purpose.POLICY_ACCEPTANCE, true, ConsentSource.REGISTRATION),
                        Assertions.tuple(Purpose.MARKETING_EMAIL, true, ConsentSource.REGISTRATION),
                        Assertions.tuple(Purpose.US_TRANSFER, true, ConsentSource.REGISTRATION));
        assertThat(consents.history(id)).allMatch(e -> e.policyVersion().equals(shown.id()));
        assertThat(events.about(id, ConsentGiven.class)).hasSize(3);
    }

    @Test
    void leavesMarketingOffAndAsksNoTransferOfSomeoneInTheUs() {
        var id =
                enrolment().register(Person.newJobSeeker("Dana Smith"), enrolment().choices(false));

        assertThat(consents.history(id))
                .extracting(ConsentEntry::purpose)
                .containsExactly(Purpose.POLICY_ACCEPTANCE);
        assertThat(consents.current(id).get(Purpose.MARKETING_EMAIL.ordinal()).given()).isFalse();
    }

    @Test
    void opensNoAccountWhenTheChoicesAreRefused() {
        var person = Person.newJobSeeker("Refused Choices");
        var notAccepted =
                new RegistrationChoices(policies.current().id(), false, true, "US", false);
        var abroadWithoutTransfer =
                new RegistrationChoices(policies.current().id(), true, false, "DE", false);

        var first = refusal(() -> enrolment().register(person, notAccepted));
        var second = refusal(() -> enrolment().register(person, abroadWithoutTransfer));

        assertThat(first.problems()).containsOnlyKeys("policyAccepted");
        assertThat(second.problems()).containsOnlyKeys("transferAccepted");
        assertThat(accountsNamed(person)).isZero();
        assertThat(outbox.recent(0, 100)).noneMatch(m -> m.to().equals(person.email()));
    }

    @Test
    void storesNoAcceptanceOfAPolicyThatWasNotShown() {
        var person = Person.newJobSeeker("Never Shown");
        var none = new RegistrationChoices(null, true, false, "US", false);
        var invented = new RegistrationChoices(PolicyVersionId.newId(), true, false, "US", false);

        var missing = refusal(() -> enrolment().register(person, none));
        var unknown = refusal(() -> enrolment().register(person, invented));
        var overHttp =
                Onboarding.register(
                        new HttpVisitor(),
                        person,
                        Map.of("policyShown", UUID.randomUUID().toString()));

        assertThat(missing.problems()).containsKey("policyAccepted");
        assertThat(unknown.problems()).containsKey("policyAccepted");
        assertThat(overHttp.isRedirect()).isFalse();
        assertThat(overHttp.messageFor("register:policyAccepted")).isPresent();
        assertThat(accountsNamed(person)).isZero();
    }

    @Test
    void reportsAccountAndChoiceProblemsTogether() {
        var person = Person.newJobSeeker("Two Problems").withPassword("short");

        var refused =
                refusal(
                        () ->
                                enrolment()
                                        .register(
                                                person,
                                                new RegistrationChoices(
                                                        policies.current().id(),
                                                        false,
                                                        false,
                                                        "Atlantis",
                                                        false)));

        assertThat(refused.problems())
                .containsKeys("password", "policyAccepted", "countryOfResidence");
    }

    @Test
    void appendsWithdrawalsWithoutChangingEarlierEntries() {
        var id =
                enrolment()
                        .register(Person.newJobSeeker("Ledger Reader"), enrolment().choices(true));
        var before = consents.history(id);

        consents.record(ConsentChange.byPerson(id, Purpose.MARKETING_EMAIL, false));
        consents.record(ConsentChange.byPerson(id, Purpose.MARKETING_EMAIL, false));

        var after = consents.history(id);
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.subList(1, after.size())).containsExactlyElementsOf(before);
        assertThat(after.getFirst().given()).isFalse();
        assertThat(consents.current(id).get(Purpose.MARKETING_EMAIL.ordinal()).given()).isFalse();
        assertThat(events.about(id, ConsentWithdrawn.class)).hasSize(1);
    }

    @Test
    void refusesToWithdrawPolicyAcceptanceFromThePrivacyCentre() {
        var id =
                enrolment()
                        .register(Person.newJobSeeker("Keeps Account"), enrolment().choices(false));

        var refused =
                refusal(
                        () ->
                                consents.record(
                                        ConsentChange.byPerson(
                                                id, Purpose.POLICY_ACCEPTANCE, false)));

        assertThat(refused.problems()).containsKey("purpose");
        assertThat(consents.history(id)).hasSize(1);
    }

    @Test
    void recordsStaffChangesWithTheirReason() {
        var id = enrolment().register(Person.newJobSeeker("Phoned In"), enrolment().choices(true));
        // A real, active staff member: the change is also written to the person's access log.
        var staffMember = idOf(Person.administrator());
        var withoutReason = staffChange(id, staffMember, " ");

        var refused = refusal(() -> consents.record(withoutReason));
        consents.record(staffChange(id, staffMember, "Asked by phone, call logged 4 December"));

        assertThat(refused.problems()).containsKey("reason");
        assertThat(consents.history(id).getFirst())
                .satisfies(
                        e -> {
                            assertThat(e.source()).isEqualTo(ConsentSource.STAFF_ON_REQUEST);
                            assertThat(e.reason())
                                    .contains("Asked by phone, call logged 4 December");
                        });
    }

    @Test
    void givesReceiptsToTheirOwnerOnly() {
        var owner =
                enrolment()
                        .register(Person.newJobSeeker("Receipt Owner"), enrolment().choices(true));
        var other =
                enrolment()
                        .register(Person.newJobSeeker("Someone Else"), enrolment().choices(false));
        var entry = consents.history(owner).getFirst();

        var receipt = consents.receipt(owner, entry.id());

        assertThat(receipt).isPresent();
        assertThat(receipt.get().json())
                .contains("\"consentReceiptID\"", entry.id().toString())
                .contains("\"piiPrincipalId\"", owner.toString())
                .doesNotContain("Receipt Owner");
        assertThat(consents.receipt(other, entry.id())).isEmpty();
    }

    @Test
    void asksForAcceptanceAfterAMaterialChangeAndStoresItOnce() {
        var id =
                enrolment()
                        .register(
                                Person.newJobSeeker("Material Reader"), enrolment().choices(false));
        var accepted = policies.current();

        var published = publish(true);
        var prompt = consents.policyPrompt(id);
        consents.acceptPolicy(id, published.id());
        consents.acceptPolicy(id, published.id());

        assertThat(prompt)
                .contains(
                        new PolicyPrompt(
                                PolicyPrompt.Kind.MUST_ACCEPT,
                                published.id(),
                                java.util.Optional.of(accepted.id())));
        assertThat(consents.policyPrompt(id)).isEmpty();
        assertThat(consents.history(id))
                .filteredOn(e -> e.policyVersion().equals(published.id()))
                .singleElement()
                .extracting(ConsentEntry::source)
                .isEqualTo(ConsentSource.POLICY_UPDATE);
    }

    @Test
    void showsANonMaterialChangeOnceAsANotice() {
        var id =
                enrolment()
                        .register(Person.newJobSeeker("Notice Reader"), enrolment().choices(false));

        var published = publish(false);
        var first = consents.policyPrompt(id);
        consents.noticeShown(id, published.id());

        assertThat(first).get().extracting(PolicyPrompt::kind).isEqualTo(PolicyPrompt.Kind.NOTICE);
        assertThat(consents.policyPrompt(id)).isEmpty();
    }

    @Test
    void stopsASignedInJobSeekerAtTheNewPolicyUntilAccepted() {
        var person = Onboarding.verifiedJobSeeker("Siobhán O'Hara");
        var visitor = Onboarding.signedIn(person);
        assertThat(visitor.get("/account/profile").status()).isEqualTo(200);

        var published = publish(true);
        var stopped = visitor.get("/account/profile");
        var acceptance = visitor.open("/account/policy-update");
        var accepted =
                visitor.submit(
                        acceptance, "accept", "I accept version " + published.number(), Map.of());

        assertThat(stopped.isRedirect()).isTrue();
        assertThat(stopped.location()).contains(SiteAddress.of("/account/policy-update"));
        assertThat(acceptance.text())
                .contains("Version " + published.number())
                .contains("What changed since the version you accepted");
        assertThat(accepted.location()).contains(SiteAddress.of("/account/profile"));
        assertThat(visitor.get("/account/profile").status()).isEqualTo(200);
        var id = idOf(person);
        assertThat(consents.history(id))
                .filteredOn(e -> e.policyVersion().equals(published.id()))
                .hasSize(1);
    }

    @Test
    void letsTheSignedInPersonReadThePolicyWhileStopped() {
        var visitor = Onboarding.signedIn(Onboarding.verifiedJobSeeker("Careful Reader"));

        publish(true);

        assertThat(visitor.get("/privacy").status()).isEqualTo(200);
        assertThat(visitor.get("/account/privacy").isRedirect()).isTrue();
    }

    @Test
    void offersExportAndSelfDeletionToAPersonStoppedAtTheNewPolicy() {
        var visitor = Onboarding.signedIn(Onboarding.verifiedJobSeeker("Dáithí Ó Sé"));

        publish(true);
        var acceptance = visitor.open("/account/policy-update");

        assertThat(acceptance.body())
                .contains("href=\"/account/export\"")
                .contains("href=\"/account/delete")
                .doesNotContain("write to us");
        assertThat(visitor.get("/account/export").status()).isEqualTo(200);
        assertThat(visitor.get("/account/delete").status()).isEqualTo(200);
    }

    private PublishedPolicy publish(boolean material) {
        var draft =
                drafts.saveDraft(
                        drafts.currentMarkdown() + "\n\nA clarification " + UUID.randomUUID());
        var today = LocalDate.now(ZoneOffset.UTC);
        var effective =
                policies.current().effectiveOn().isAfter(today)
                        ? policies.current().effectiveOn()
                        : today;
        return drafts.publish(
                new Publication(
                        draft.id(), "Test change " + UUID.randomUUID(), effective, material));
    }

    private static ConsentChange staffChange(AccountId id, AccountId staffMember, String reason) {
        return new ConsentChange(
                id,
                Purpose.MARKETING_EMAIL,
                false,
                java.util.Optional.empty(),
                ConsentSource.STAFF_ON_REQUEST,
                java.util.Optional.of(staffMember),
                java.util.Optional.of(reason));
    }

    private Enrolment enrolment() {
        return new Enrolment(registrations, accounts, outbox, policies);
    }

    private long accountsNamed(Person person) {
        return staff.search(AccountQuery.firstByName(person.email(), 10)).accounts().size();
    }

    private AccountId idOf(Person person) {
        return staff.search(AccountQuery.firstByName(person.email(), 10))
                .accounts()
                .getFirst()
                .id();
    }

    private static InputRejected refusal(Runnable action) {
        var refused = catchThrowableOfType(InputRejected.class, action::run);
        assertThat(refused).as("the input is refused").isNotNull();
        return refused;
    }
}
