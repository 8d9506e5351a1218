package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.CandidacyProfile;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.OutboxEntry;
import org.k12jobspot.consent.api.Campaign;
import org.k12jobspot.consent.api.CampaignAlreadySent;
import org.k12jobspot.consent.api.CampaignDraft;
import org.k12jobspot.consent.api.Campaigns;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.consent.api.DisclosurePurpose;
import org.k12jobspot.consent.api.DisclosureRefused;
import org.k12jobspot.consent.api.Disclosures;
import org.k12jobspot.consent.api.EmployerDraft;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.EmployerKind;
import org.k12jobspot.consent.api.Employers;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.Recipient;
import org.k12jobspot.consent.api.Registrations;
import org.k12jobspot.consent.api.ReleaseState;
import org.k12jobspot.consent.api.ReleasedProfiles;
import org.k12jobspot.consent.api.Unsubscribes;
import org.k12jobspot.policy.api.Policies;

/**
 * The one disclosure gate and what passes it: releases to employers with agreements, the site's own
 * marketing to those who opted in, unsubscribe links, and never a third party's marketing.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosureIT {

    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("/unsubscribe\\?token=([A-Za-z0-9_-]+)");

    @Inject Registrations registrations;
    @Inject Accounts accounts;
    @Inject Outbox outbox;
    @Inject Policies policies;
    @Inject Consents consents;
    @Inject Employers employers;
    @Inject Disclosures gate;
    @Inject ReleasedProfiles released;
    @Inject Campaigns campaigns;
    @Inject Unsubscribes unsubscribes;
    @Inject RecordedEvents events;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        DisclosureIT.class,
                        RecordedEvents.class,
                        Enrolment.class,
                        Person.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        SiteAddress.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @Test
    void refusesThirdPartyMarketingWhateverConsentsExistAndRecordsIt() {
        var id = enrolment().confirmed(Person.newJobSeeker("Gives Everything"), true);
        var district = employer("Everything District", today().minusDays(1), null);
        consents.chooseRelease(id, new ReleaseState(true, Set.of()));

        var toParty =
                gate.decide(
                        id,
                        new Recipient.ThirdParty("Ad Network"),
                        DisclosurePurpose.THIRD_PARTY_MARKETING);
        var toEmployer =
                gate.decide(
                        id,
                        new Recipient.RegisteredEmployer(district),
                        DisclosurePurpose.THIRD_PARTY_MARKETING);

        assertThat(toParty.allowed()).isFalse();
        assertThat(toEmployer.allowed()).isFalse();
        assertThat(events.about(id, DisclosureRefused.class)).hasSize(2);
        assertThat(gate.refusals(0, 50))
                .filteredOn(r -> r.person().equals(id))
                .extracting(r -> r.recipient())
                .contains("Third party: Ad Network");
    }

    @Test
    void releasesToAnEmployerOnlyWhileItsAgreementIsActive() {
        var id = enrolment().confirmed(Person.newJobSeeker("Ana Ruiz"), false);
        var district = employer("Maple Unified " + UUID.randomUUID(), today().minusDays(30), null);
        consents.chooseRelease(id, new ReleaseState(true, Set.of()));
        var review = new Recipient.RegisteredEmployer(district);

        var during = gate.decide(id, review, DisclosurePurpose.CANDIDACY_REVIEW);
        employers.change(
                district,
                new EmployerDraft(
                        employers.find(district).orElseThrow().name(),
                        EmployerKind.SCHOOL_DISTRICT,
                        today().minusDays(30),
                        today().minusDays(1),
                        true));
        var after = gate.decide(id, review, DisclosurePurpose.CANDIDACY_REVIEW);

        var download = released.releasedTo(district);

        assertThat(during.allowed()).isTrue();
        assertThat(after.allowed()).isFalse();
        assertThat(download).isEmpty();
        assertThat(events.about(id, DisclosureRefused.class)).hasSize(2);
    }

    @Test
    void releasesOnlyToTheChosenEmployers() {
        var chosen = employer("Chosen District " + UUID.randomUUID(), today(), null);
        var other = employer("Other District " + UUID.randomUUID(), today(), null);
        var releasing = enrolment().confirmed(Person.newJobSeeker("Chooses One"), false);
        var silent = enrolment().confirmed(Person.newJobSeeker("Releases Nothing"), false);
        consents.chooseRelease(releasing, new ReleaseState(false, Set.of(chosen)));

        var toChosen = released.releasedTo(chosen);
        var toOther = released.releasedTo(other);

        assertThat(toChosen)
                .extracting(CandidacyProfile::accountId)
                .contains(releasing)
                .doesNotContain(silent);
        assertThat(toOther)
                .extracting(CandidacyProfile::accountId)
                .doesNotContain(releasing, silent);
        assertThat(
                        gate.decide(
                                        silent,
                                        new Recipient.RegisteredEmployer(chosen),
                                        DisclosurePurpose.CANDIDACY_REVIEW)
                                .allowed())
                .isFalse();
    }

    @Test
    void withdrawsEveryReleaseAtOnce() {
        var district = employer("Withdrawn District " + UUID.randomUUID(), today(), null);
        var id = enrolment().confirmed(Person.newJobSeeker("Changes Mind"), false);
        consents.chooseRelease(id, new ReleaseState(false, Set.of(district)));

        consents.chooseRelease(id, new ReleaseState(false, Set.of()));

        assertThat(consents.release(id).covers(district)).isFalse();
        assertThat(released.releasedTo(district))
                .extracting(CandidacyProfile::accountId)
                .doesNotContain(id);
    }

    @Test
    void refusesAnEmployerWithoutAPlainNameOrWithAnEndBeforeItsStart() {
        var refused =
                catchThrowableOfType(
                        InputRejected.class,
                        () ->
                                employers.add(
                                        new EmployerDraft(
                                                " ",
                                                EmployerKind.SCHOOL_DISTRICT,
                                                today(),
                                                today().minusDays(1),
                                                false)));

        var disguised =
                catchThrowableOfType(
                        InputRejected.class,
                        () ->
                                employers.add(
                                        new EmployerDraft(
                                                "Bad\u202eEmployer",
                                                EmployerKind.SCHOOL_DISTRICT,
                                                today(),
                                                null,
                                                false)));

        assertThat(refused.problems()).containsKeys("name", "agreementEnd");
        assertThat(disguised.problems()).containsOnlyKeys("name");
    }

    @Test
    void sendsMarketingExactlyToThoseWhoOptedInAtTheTimeOfSending() {
        var optedIn = Person.newJobSeeker("Opted In");
        var optedOut = Person.newJobSeeker("Opted Out");
        var withdrew = Person.newJobSeeker("Withdrew Later");
        enrolment().confirmed(optedIn, true);
        enrolment().confirmed(optedOut, false);
        var withdrewId = enrolment().confirmed(withdrew, true);
        consents.record(ConsentChange.byPerson(withdrewId, Purpose.MARKETING_EMAIL, false));
        var subject = "News " + UUID.randomUUID();
        var audience = campaigns.audience();

        var campaign =
                campaigns.send(
                        new CampaignDraft(subject, "Saved searches are here."), AccountId.newId());

        var copies =
                outbox.recent(0, 500).stream().filter(m -> m.subject().equals(subject)).toList();
        assertThat(copies)
                .extracting(OutboxEntry::to)
                .contains(optedIn.email())
                .doesNotContain(optedOut.email(), withdrew.email());
        assertThat(copies).allMatch(m -> UNSUBSCRIBE.matcher(m.body()).find());
        assertThat(campaign.recipients()).isEqualTo(audience);
    }

    @Test
    void sendsACampaignOnceForTheSameSubmissionKey() {
        var person = Person.newJobSeeker("Sent Once");
        enrolment().confirmed(person, true);
        var subject = "Once " + UUID.randomUUID();
        var draft = new CampaignDraft(subject, "Only one copy, please.");
        var key = UUID.randomUUID().toString();
        var first = campaigns.send(draft, AccountId.newId(), key);

        var again =
                catchThrowableOfType(
                        CampaignAlreadySent.class,
                        () -> campaigns.send(draft, AccountId.newId(), key));

        assertThat(again.campaign().id()).isEqualTo(first.id());
        assertThat(campaigns.sent()).filteredOn(c -> c.subject().equals(subject)).hasSize(1);
        assertThat(copiesOf(subject)).filteredOn(m -> m.to().equals(person.email())).hasSize(1);
    }

    @Test
    void sendsACampaignOnceWhenTheSameFormArrivesTwiceAtTheSameMoment() throws Exception {
        var person = Person.newJobSeeker("Double Clicked");
        enrolment().confirmed(person, true);
        var subject = "Twice at once " + UUID.randomUUID();
        var draft = new CampaignDraft(subject, "Only one copy, please.");
        var key = UUID.randomUUID().toString();
        var start = new CyclicBarrier(2);
        Callable<Object> submission =
                () -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        return campaigns.send(draft, AccountId.newId(), key);
                    } catch (CampaignAlreadySent e) {
                        return e;
                    }
                };

        var outcomes = new ArrayList<Object>();
        for (var future : executor.invokeAll(List.of(submission, submission))) {
            outcomes.add(future.get(120, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn(Campaign.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(CampaignAlreadySent.class::isInstance).hasSize(1);
        assertThat(campaigns.sent()).filteredOn(c -> c.subject().equals(subject)).hasSize(1);
        assertThat(copiesOf(subject)).filteredOn(m -> m.to().equals(person.email())).hasSize(1);
    }

    @Test
    void sendsTheMarketingFormOnceWhenItIsSubmittedTwiceOrReloaded() {
        var person = Person.newJobSeeker("Reloaded Page");
        enrolment().confirmed(person, true);
        var subject = "Form " + UUID.randomUUID();
        var admin = new HttpVisitor();
        var signedIn =
                admin.submit(
                        admin.get("/login"),
                        "login",
                        "Sign in",
                        Map.of(
                                "email",
                                Person.administrator().email(),
                                "password",
                                Person.administrator().password()));
        assertThat(signedIn.isRedirect()).as("the administrator signs in").isTrue();
        var form = admin.get("/staff/marketing");
        var inputs = Map.of("subject", subject, "body", "Only one copy, please.");

        var first = admin.submit(form, "campaign", "Send to everyone who opted in", inputs);
        var second = admin.submit(form, "campaign", "Send to everyone who opted in", inputs);
        var shown = admin.follow(first);
        var reloaded = admin.follow(first);
        var told = admin.follow(second);

        assertThat(first.status()).as("redirected after sending").isEqualTo(302);
        assertThat(shown.text()).contains("Message queued for");
        assertThat(reloaded.text()).contains("Message queued for");
        assertThat(second.status()).isEqualTo(302);
        assertThat(told.text())
                .contains("This form was already sent on")
                .contains("was not sent again");
        assertThat(campaigns.sent()).filteredOn(c -> c.subject().equals(subject)).hasSize(1);
        assertThat(copiesOf(subject)).filteredOn(m -> m.to().equals(person.email())).hasSize(1);
    }

    @Test
    void unsubscribesOnlyWhenTheLinkIsConfirmed() {
        var person = Person.newJobSeeker("Link Follower");
        var id = enrolment().confirmed(person, true);
        var token = unsubscribeTokenFor(person);

        var purpose = unsubscribes.lookUp(token);
        var stillGiven = consents.current(id).get(Purpose.MARKETING_EMAIL.ordinal()).given();
        var confirmed = unsubscribes.confirm(token);

        assertThat(purpose).contains(Purpose.MARKETING_EMAIL);
        assertThat(stillGiven).isTrue();
        assertThat(confirmed).isTrue();
        assertThat(consents.current(id).get(Purpose.MARKETING_EMAIL.ordinal()).given()).isFalse();
        assertThat(consents.history(id).getFirst())
                .extracting(ConsentEntry::source)
                .isEqualTo(ConsentSource.UNSUBSCRIBE_LINK);
        assertThat(unsubscribes.lookUp("not-a-token")).isEmpty();
    }

    @Test
    void unsubscribesFromTheConfirmPageWithoutACookie() {
        var person = Person.newJobSeeker("Page Confirmer");
        var id = enrolment().confirmed(person, true);
        var visitor = new HttpVisitor();

        var page = visitor.get("/unsubscribe?token=" + unsubscribeTokenFor(person));
        var stillGiven = consents.current(id).get(Purpose.MARKETING_EMAIL.ordinal()).given();
        var done = visitor.submit(page, "unsubscribe", "Confirm: unsubscribe me", Map.of());

        assertThat(page.text()).contains("Nothing changes until you confirm");
        assertThat(stillGiven).isTrue();
        assertThat(done.text()).contains("Done: you will no longer receive");
        assertThat(consents.current(id).get(Purpose.MARKETING_EMAIL.ordinal()).given()).isFalse();
        assertThat(visitor.cookieNames()).isEmpty();
    }

    @Test
    void unsubscribesAtOnceOnAnRfc8058OneClickPost() throws Exception {
        var person = Person.newJobSeeker("One Click");
        var id = enrolment().confirmed(person, true);
        var token = unsubscribeTokenFor(person);
        var http = HttpClient.newHttpClient();
        var address = SiteAddress.of("/unsubscribe/one-click?token=" + token);

        var opened =
                http.send(
                        HttpRequest.newBuilder(address).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        var afterOpening = consents.current(id).get(Purpose.MARKETING_EMAIL.ordinal()).given();
        var posted =
                http.send(
                        HttpRequest.newBuilder(address)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(afterOpening).isTrue();
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(consents.current(id).get(Purpose.MARKETING_EMAIL.ordinal()).given()).isFalse();
    }

    @Test
    void acceptsTheOneClickPostAsMultipartFormData() throws Exception {
        var person = Person.newJobSeeker("Multipart Client");
        var id = enrolment().confirmed(person, true);
        var address = SiteAddress.of("/unsubscribe/one-click?token=" + unsubscribeTokenFor(person));
        var body =
                "--XyZ\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\n"
                        + "One-Click\r\n--XyZ--\r\n";

        var posted =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(address)
                                        .header("Content-Type", "multipart/form-data; boundary=XyZ")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(consents.current(id).get(Purpose.MARKETING_EMAIL.ordinal()).given()).isFalse();
    }

    @Test
    void keepsSendingTransactionalMailAfterAnUnsubscribe() {
        var person = Person.newJobSeeker("Still Told");
        var id = enrolment().confirmed(person, true);
        unsubscribes.confirm(unsubscribeTokenFor(person));
        var subject = "Notice " + UUID.randomUUID();

        var queued =
                outbox.queue(
                        org.k12jobspot.accounts.api.AccountMail.transactional(
                                id, subject, "Policy notice"));

        assertThat(queued).isTrue();
        assertThat(outbox.recent(0, 50))
                .anyMatch(m -> m.subject().equals(subject) && m.to().equals(person.email()));
    }

    private List<OutboxEntry> copiesOf(String subject) {
        return outbox.recent(0, 500).stream().filter(m -> m.subject().equals(subject)).toList();
    }

    private String unsubscribeTokenFor(Person person) {
        var subject = "Offer " + UUID.randomUUID();
        campaigns.send(new CampaignDraft(subject, "Something of our own."), AccountId.newId());
        var mail =
                outbox.recent(0, 500).stream()
                        .filter(m -> m.subject().equals(subject) && m.to().equals(person.email()))
                        .findFirst()
                        .orElseThrow();
        var matcher = UNSUBSCRIBE.matcher(mail.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private EmployerId employer(String name, LocalDate start, LocalDate end) {
        return employers.add(
                new EmployerDraft(name, EmployerKind.SCHOOL_DISTRICT, start, end, false));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private Enrolment enrolment() {
        return new Enrolment(registrations, accounts, outbox, policies);
    }
}
