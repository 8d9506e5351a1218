package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.AccessEntry;
import org.k12jobspot.accounts.api.AccessKind;
import org.k12jobspot.accounts.api.AccessLog;
import org.k12jobspot.accounts.api.AccountCorrected;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.CandidacyProfiles;
import org.k12jobspot.accounts.api.Certification;
import org.k12jobspot.accounts.api.CertificationDraft;
import org.k12jobspot.accounts.api.ContactDetails;
import org.k12jobspot.accounts.api.Degree;
import org.k12jobspot.accounts.api.DegreeDraft;
import org.k12jobspot.accounts.api.DegreeLevel;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.NewStaffMember;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.PasswordResetOutcome;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.StaffCorrections;
import org.k12jobspot.accounts.api.StaffDirectory;
import org.k12jobspot.accounts.api.StaffMember;
import org.k12jobspot.accounts.api.StaffMemberDisabled;
import org.k12jobspot.accounts.api.StaffMembers;
import org.k12jobspot.accounts.api.StaffStatus;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.Registrations;
import org.k12jobspot.policy.api.Policies;

/**
 * Staff roles, the staff members screen and the access log, inside the running product: the rules
 * through the facades, and the pages over HTTP (from inside the server, against its own port) as a
 * visitor without JavaScript uses them.
 */
@ExtendWith(ArquillianExtension.class)
class StaffIT {

    private static final Pattern INVITATION =
            Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final List<String> STAFF_PAGES =
            List.of(
                    "/staff/accounts",
                    "/staff/outbox",
                    "/staff/employers",
                    "/staff/disclosures",
                    "/staff/analytics");
    private static final List<String> ADMIN_PAGES =
            List.of("/staff/members", "/staff/marketing", "/staff/policy");

    @Inject StaffMembers members;
    @Inject StaffCorrections corrections;
    @Inject AccessLog accessLog;
    @Inject StaffDirectory directory;
    @Inject Accounts accounts;
    @Inject CandidacyProfiles profiles;
    @Inject Consents consents;
    @Inject Registrations registrations;
    @Inject Policies policies;
    @Inject Outbox outbox;
    @Inject RecordedEvents events;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        StaffIT.class,
                        RecordedEvents.class,
                        Person.class,
                        Enrolment.class,
                        Onboarding.class,
                        AccountRecovery.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        SiteAddress.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    // Staff members and roles.

    @Test
    void addsStaffMemberWhoChoosesTheirOwnPasswordThroughAMailedLink() {
        var person = newStaffPerson("Ngozi O'Connell-Ålund");

        var id =
                members.add(
                        new NewStaffMember(person.fullName(), person.email(), Role.STAFF), admin());

        assertThat(memberNamed(id)).extracting(StaffMember::status).isEqualTo(StaffStatus.INVITED);
        var mail = mailTo(person);
        assertThat(mail.subject()).isEqualTo("You are invited to K12JobSpot staff");
        assertThat(mail.body()).contains(person.fullName()).containsPattern(INVITATION);
        var token = INVITATION.matcher(mail.body());
        assertThat(token.find()).isTrue();
        assertThat(accounts.resetPassword(token.group(1), person.password()))
                .isEqualTo(PasswordResetOutcome.RESET);
        assertThat(memberNamed(id)).extracting(StaffMember::status).isEqualTo(StaffStatus.ACTIVE);
        assertThat(Onboarding.signIn(new HttpVisitor(), person).location())
                .contains(SiteAddress.of("/staff/accounts"));
    }

    @Test
    void addsStaffMemberFromTheAdminScreenWithMessagesBesideTheFields() {
        var admin = Onboarding.signedIn(Person.administrator());
        var person = newStaffPerson("Added On Screen");

        var empty = admin.submit(admin.open("/staff/members"), "add", "Add staff member", Map.of());
        var added =
                admin.submit(
                        empty,
                        "add",
                        "Add staff member",
                        Map.of(
                                "fullName", person.fullName(),
                                "email", person.email(),
                                "role", "ADMIN"));

        assertThat(empty.messageFor("add:fullName")).contains("Enter the full name.");
        assertThat(empty.messageFor("add:email")).contains("Enter the email address.");
        assertThat(empty.messageFor("add:role")).contains("Choose staff member or administrator.");
        assertThat(added.pageMessages())
                .contains(
                        "Staff member added. They get a mail with a link to choose their"
                                + " password.");
        assertThat(added.text()).contains(person.fullName(), person.email(), "Administrator");
        assertThat(mailTo(person).body()).containsPattern(INVITATION);
    }

    @Test
    void refusesToMakeStaffOfAnAddressThatAlreadyHasAnAccountInAnyLetterCase() {
        var seeker = Person.newJobSeeker("Already Seeking");
        enrolment().confirmed(seeker, false);

        var refused =
                refusal(
                        () ->
                                members.add(
                                        new NewStaffMember(
                                                "Would Be Staff",
                                                seeker.email().toUpperCase(),
                                                Role.ADMIN),
                                        admin()));

        assertThat(refused.problems()).containsKey("email");
        assertThat(accounts.find(idOf(seeker)).orElseThrow().role()).isEqualTo(Role.JOB_SEEKER);
    }

    @Test
    void refusesStaffMemberWhoIsNotAnAdministratorManagingStaff() {
        var staff = activeStaff(Role.STAFF, newStaffPerson("Plain Staff"));

        var refused =
                refusal(
                        () ->
                                members.add(
                                        new NewStaffMember(
                                                "Sneaky Addition",
                                                newStaffPerson("x").email(),
                                                Role.ADMIN),
                                        staff));

        assertThat(refused.problems()).containsKey("member");
    }

    @Test
    void refusesAnAdministratorDisablingThemselves() {
        var adminPerson = newStaffPerson("Self Doubting Admin");
        var admin = activeStaff(Role.ADMIN, adminPerson);

        var refused = refusal(() -> members.disable(admin, admin));

        assertThat(refused.problems())
                .containsEntry("member", "You cannot disable your own account.");
        assertThat(memberNamed(admin).status()).isEqualTo(StaffStatus.ACTIVE);
    }

    @Test
    void endsSessionsOfADisabledMemberAtOnceAndRefusesTheirSignInUntilReEnabled() {
        var person = newStaffPerson("Soon Disabled");
        var member = activeStaff(Role.STAFF, person);
        var session = Onboarding.signedIn(person);
        assertThat(session.get("/staff/accounts").status()).isEqualTo(200);

        members.disable(member, admin());

        assertThat(memberNamed(member).status()).isEqualTo(StaffStatus.DISABLED);
        assertThat(events.about(member, StaffMemberDisabled.class)).hasSize(1);
        assertThat(session.get("/staff/accounts").location()).contains(SiteAddress.of("/login"));
        assertThat(Onboarding.signIn(new HttpVisitor(), person).isRedirect()).isFalse();

        members.enable(member, admin());

        assertThat(memberNamed(member).status()).isEqualTo(StaffStatus.ACTIVE);
        assertThat(Onboarding.signIn(new HttpVisitor(), person).isRedirect()).isTrue();
    }

    @Test
    void refusesDisabledStaffOpeningAnAccount() {
        var member = activeStaff(Role.STAFF, newStaffPerson("Disabled Reader"));
        var seeker = enrolment().confirmed(Person.newJobSeeker("Guarded Data"), false);
        members.disable(member, admin());

        var refused = refusal(() -> corrections.open(seeker, member, "Just looking around"));

        assertThat(refused.problems()).containsKey("account");
        assertThat(accessLog.entriesAbout(seeker)).isEmpty();
    }

    @Test
    void sendsAnonymousVisitorsOfEveryStaffPageToSignIn() {
        var pages = allStaffPages(enrolment().confirmed(Person.newJobSeeker("Anon"), false));

        var answers = answers(new HttpVisitor(), pages);

        assertThat(answers).isEqualTo(expect(pages, "redirect to /login"));
    }

    @Test
    void refusesEveryStaffPageToASignedInJobSeeker() {
        var person = Person.newJobSeeker("Nosy Seeker");
        var pages = allStaffPages(enrolment().confirmed(person, false));
        var visitor = Onboarding.signedIn(person);

        var answers = answers(visitor, pages);

        assertThat(answers).isEqualTo(expect(pages, "403"));
        assertThat(visitor.get("/staff/accounts").text()).doesNotContain(person.email());
    }

    @Test
    void letsNoUnverifiedAccountReachStaffPages() {
        var person = Person.newJobSeeker("Unconfirmed Visitor");
        var pages = allStaffPages(enrolment().register(person, enrolment().choices(false)));
        var visitor = new HttpVisitor();

        var signIn = Onboarding.signIn(visitor, person);
        var answers = answers(visitor, pages);

        assertThat(signIn.isRedirect()).as("an unverified account gets no session").isFalse();
        assertThat(answers).isEqualTo(expect(pages, "redirect to /login"));
    }

    @Test
    void opensStaffPagesToStaffButAdministratorPagesOnlyToAdministrators() {
        var person = newStaffPerson("Staff Not Admin");
        activeStaff(Role.STAFF, person);
        var staff = Onboarding.signedIn(person);
        var admin = Onboarding.signedIn(Person.administrator());

        var staffAnswers = answers(staff, STAFF_PAGES);
        var refusedToStaff = answers(staff, ADMIN_PAGES);
        var adminAnswers = answers(admin, STAFF_PAGES);
        var adminOnlyAnswers = answers(admin, ADMIN_PAGES);

        assertThat(staffAnswers).isEqualTo(expect(STAFF_PAGES, "200"));
        assertThat(refusedToStaff).isEqualTo(expect(ADMIN_PAGES, "403"));
        assertThat(adminAnswers).isEqualTo(expect(STAFF_PAGES, "200"));
        assertThat(adminOnlyAnswers).isEqualTo(expect(ADMIN_PAGES, "200"));
    }

    // The access log and corrections, through the facades.

    @Test
    void refusesToOpenAnAccountWithoutAReasonAndLogsNothing() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("No Reason Given"), false);

        var refused = refusal(() -> corrections.open(seeker, admin(), "   "));

        assertThat(refused.problems())
                .containsEntry("reason", "Say why you need to open this account's data.");
        assertThat(accessLog.entriesAbout(seeker)).isEmpty();
    }

    @Test
    void logsAnOpeningWithStaffReferenceRoleAndReason() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Opened Once"), false);

        var profile = corrections.open(seeker, admin(), "Checking a reported duplicate");

        assertThat(profile).isPresent();
        assertThat(accessLog.entriesAbout(seeker))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.kind()).isEqualTo(AccessKind.OPENED);
                            assertThat(e.staffRole()).isEqualTo(Role.ADMIN);
                            assertThat(e.staffReference()).matches("S-[0-9A-F]{8}");
                            assertThat(e.reason()).isEqualTo("Checking a reported duplicate");
                        });
    }

    @Test
    void logsTheNamesOfCorrectedFieldsButNeverTheirValues() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Moved House"), false);
        profiles.updateContact(
                seeker, new ContactDetails(null, "Old Town", null, null, "555 0100", null));

        var correction =
                corrections.correctContact(
                        seeker,
                        admin(),
                        new ContactDetails(null, "Zürich", null, null, "555 0199", null),
                        "Person asked by mail to fix city and phone");

        assertThat(correction.fields()).containsExactly("city", "telephone");
        assertThat(profiles.profileOf(seeker).contact().phone()).isEqualTo("555 0199");
        assertThat(accessLog.entriesAbout(seeker))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.kind()).isEqualTo(AccessKind.CORRECTED);
                            assertThat(e.what()).isEqualTo("city, telephone");
                            assertThat(entryText(e))
                                    .doesNotContain("Old Town", "Zürich", "555 0100", "555 0199");
                        });
    }

    @Test
    void announcesEachStoredCorrectionWithTheFieldNames() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Renamed Person"), false);

        corrections.correctIdentity(
                seeker,
                admin(),
                "Renée O'Brien-Łukasz 山田",
                accounts.find(seeker).orElseThrow().email(),
                "Name misspelt at registration, confirmed by phone");

        assertThat(events.about(seeker, AccountCorrected.class))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.fields()).containsExactly("full name");
                            assertThat(e.staffId()).isEqualTo(admin());
                        });
        assertThat(accounts.find(seeker).orElseThrow().fullName())
                .isEqualTo("Renée O'Brien-Łukasz 山田");
    }

    @Test
    void refusesAMalformedCorrectionBesideItsFieldAndStoresNothing() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Careful Correction"), false);
        profiles.updateContact(
                seeker, new ContactDetails(null, null, null, null, "555 0101", null));

        var refused =
                refusal(
                        () ->
                                corrections.correctContact(
                                        seeker,
                                        admin(),
                                        new ContactDetails(
                                                null, null, null, null, "call me maybe", null),
                                        "Fixing the phone"));

        assertThat(refused.problems())
                .containsEntry(
                        "phone", "Enter a telephone number using digits, spaces, + ( ) - or x.");
        assertThat(profiles.profileOf(seeker).contact().phone()).isEqualTo("555 0101");
        assertThat(accessLog.entriesAbout(seeker)).isEmpty();
        assertThat(events.about(seeker, AccountCorrected.class)).isEmpty();
    }

    @Test
    void refusesAnEmailAnotherAccountUsesInAnyLetterCase() {
        var other = Person.newJobSeeker("Address Owner");
        enrolment().confirmed(other, false);
        var seeker = enrolment().confirmed(Person.newJobSeeker("Address Wanter"), false);

        var refused =
                refusal(
                        () ->
                                corrections.correctIdentity(
                                        seeker,
                                        admin(),
                                        "Address Wanter",
                                        other.email().toUpperCase(),
                                        "Person says this is their address"));

        assertThat(refused.problems())
                .containsEntry("email", "Another account already uses this email address.");
        assertThat(accessLog.entriesAbout(seeker)).isEmpty();
    }

    @Test
    void refusesACorrectionWithoutAReasonTogetherWithTheFieldProblems() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Reasonless Change"), false);

        var refused =
                refusal(
                        () ->
                                corrections.correctIdentity(
                                        seeker, admin(), " ", "not-an-email", ""));

        assertThat(refused.problems()).containsKeys("reason", "fullName", "email");
    }

    @Test
    void deletesAWrongCertificationWithAReasonAndLogsWhatWasDeleted() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Wrong Certificate"), false);
        var wrong =
                profiles.addCertification(
                        seeker, new CertificationDraft("Secret Title 42", "Nowhere", null, null));

        var correction =
                corrections.removeCertification(seeker, admin(), wrong, "Entered on wrong account");

        assertThat(correction.fields()).containsExactly("a certification");
        assertThat(profiles.profileOf(seeker).certifications()).isEmpty();
        assertThat(accessLog.entriesAbout(seeker))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.kind()).isEqualTo(AccessKind.DELETED);
                            assertThat(entryText(e)).doesNotContain("Secret Title 42", "Nowhere");
                        });
    }

    @Test
    void logsNothingForACorrectionThatChangesNothing() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Already Right"), false);
        var summary = accounts.find(seeker).orElseThrow();

        var correction =
                corrections.correctIdentity(
                        seeker, admin(), summary.fullName(), summary.email(), "Double-checking");

        assertThat(correction.changedAnything()).isFalse();
        assertThat(accessLog.entriesAbout(seeker)).isEmpty();
        assertThat(events.about(seeker, AccountCorrected.class)).isEmpty();
    }

    @Test
    void refusesAJobSeekerOpeningAnotherAccount() {
        var nosy = enrolment().confirmed(Person.newJobSeeker("Nosy Neighbour"), false);
        var seeker = enrolment().confirmed(Person.newJobSeeker("Private Neighbour"), false);

        var refused = refusal(() -> corrections.open(seeker, nosy, "Curious"));

        assertThat(refused.problems()).containsKey("account");
        assertThat(accessLog.entriesAbout(seeker)).isEmpty();
    }

    @Test
    void refusesStaffOpeningOrCorrectingAStaffOrAdministratorAccount() {
        var staff = activeStaff(Role.STAFF, newStaffPerson("Would Be Taker"));
        var takerEmail = newStaffPerson("x").email();
        var logged = accessLog.entriesAbout(admin()).size();

        var opening = refusal(() -> corrections.open(admin(), staff, "Routine check"));
        var identity =
                refusal(
                        () ->
                                corrections.correctIdentity(
                                        admin(),
                                        staff,
                                        "Taken Over",
                                        takerEmail,
                                        "Admin asked me to"));
        var contact =
                refusal(
                        () ->
                                corrections.correctContact(
                                        staff,
                                        admin(),
                                        new ContactDetails(null, "Ghent", null, null, null, null),
                                        "Moved"));

        assertThat(opening.problems()).containsKey("account");
        assertThat(identity.problems()).containsKey("account");
        assertThat(contact.problems()).containsKey("account");
        assertThat(accounts.find(admin()).orElseThrow().email())
                .isEqualTo(Person.administrator().email());
        assertThat(accessLog.entriesAbout(admin())).hasSize(logged);
    }

    @Test
    void showsNoCorrectionFormsForAStaffAccountButSaysWhereItIsManaged() {
        var person = newStaffPerson("Page Staff Reader");
        activeStaff(Role.STAFF, person);
        var staff = Onboarding.signedIn(person);
        var logged = accessLog.entriesAbout(admin()).size();

        var page = staff.get("/staff/account?id=" + admin());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("This is a staff account.", "Staff members")
                .doesNotContain("Open account data", "Correct name and email");
        assertThat(page.body()).doesNotContain("id=\"open\"", "id=\"identity\"");
        assertThat(accessLog.entriesAbout(admin())).hasSize(logged);
    }

    @Test
    void logsAStaffConsentChangeInTheSameTransaction() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Phoned About Mail"), true);

        consents.record(
                new ConsentChange(
                        seeker,
                        Purpose.MARKETING_EMAIL,
                        false,
                        Optional.empty(),
                        ConsentSource.STAFF_ON_REQUEST,
                        Optional.of(admin()),
                        Optional.of("Asked by phone to stop marketing mail")));

        assertThat(accessLog.entriesAbout(seeker))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.kind()).isEqualTo(AccessKind.CORRECTED);
                            assertThat(e.what()).startsWith("consent: ");
                            assertThat(e.reason())
                                    .isEqualTo("Asked by phone to stop marketing mail");
                        });
    }

    // The pages over HTTP.

    @Test
    void asksStaffForAReasonBeforeShowingAnyAccountData() {
        var person = Person.newJobSeeker("Reason First");
        var seeker = enrolment().confirmed(person, false);
        profiles.updateContact(
                seeker, new ContactDetails(null, null, null, null, "555 0142", null));
        var staff = Onboarding.signedIn(Person.administrator());

        var gate = staff.get("/staff/account?id=" + seeker);
        var empty = staff.submit(gate, "open", "Open account data", Map.of("reason", ""));
        var opened =
                staff.submit(
                        empty,
                        "open",
                        "Open account data",
                        Map.of("reason", "Checking a complaint"));

        assertThat(gate.status()).isEqualTo(200);
        assertThat(gate.body()).doesNotContain("555 0142", person.email());
        assertThat(empty.messageFor("open:reason"))
                .contains("Say why you need to open this account's data.");
        assertThat(empty.body()).doesNotContain("555 0142");
        assertThat(opened.body()).contains("555 0142", person.email());
        assertThat(accessLog.entriesAbout(seeker))
                .extracting(AccessEntry::reason)
                .containsExactly("Checking a complaint");
    }

    @Test
    void asksStaffForAReasonBeforeShowingConsents() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Consents Guarded"), false);
        var staff = Onboarding.signedIn(Person.administrator());

        var gate = staff.get("/staff/consents?id=" + seeker);
        var empty = staff.submit(gate, "open", "Open consents", Map.of("reason", " "));
        var opened =
                staff.submit(empty, "open", "Open consents", Map.of("reason", "Person phoned"));

        assertThat(gate.text()).doesNotContain("History");
        assertThat(empty.messageFor("open:reason"))
                .contains("Say why you need to open this account's data.");
        assertThat(opened.text()).contains("History", "Change a consent at the person's request");
        assertThat(accessLog.entriesAbout(seeker))
                .singleElement()
                .satisfies(e -> assertThat(e.what()).isEqualTo("consents"));
    }

    @Test
    void correctsContactDetailsOnTheStaffPageOnlyWithAReason() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Page Correction"), false);
        var staff = Onboarding.signedIn(Person.administrator());
        var gate = staff.get("/staff/account?id=" + seeker);
        var opened = staff.submit(gate, "open", "Open account data", Map.of("reason", "Call"));

        var noReason =
                staff.submit(opened, "contact", "Correct contact details", Map.of("city", "Ghent"));
        var badPhone =
                staff.submit(
                        noReason,
                        "contact",
                        "Correct contact details",
                        Map.of("phone", "call me", "reason", "Asked by phone"));
        var saved =
                staff.submit(
                        badPhone,
                        "contact",
                        "Correct contact details",
                        Map.of("city", "Ghent", "phone", "555 0177", "reason", "Asked by phone"));

        assertThat(noReason.messageFor("contact:reason")).contains("Say why you make this change.");
        assertThat(badPhone.messageFor("contact:phone"))
                .contains("Enter a telephone number using digits, spaces, + ( ) - or x.");
        assertThat(saved.pageMessages())
                .contains(
                        "Corrected: city, telephone. The person can read this in their access"
                                + " log.");
        assertThat(profiles.profileOf(seeker).contact().city()).isEqualTo("Ghent");
    }

    @Test
    void deletesTheCertificationItsButtonCarriesAndSaysSoWhenTheSamePostComesAgain() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Double Clicker"), false);
        var wrong = profiles.addCertification(seeker, draft("Wrong One"));
        var right = profiles.addCertification(seeker, draft("Right One"));
        var staff = Onboarding.signedIn(Person.administrator());
        var opened = openForDuplicates(staff, seeker);
        var reason = Map.of("reason", "Entered twice by mistake");

        var deleted = staff.press(opened, "certifications", "certifications:delete", wrong, reason);
        var again = staff.press(opened, "certifications", "certifications:delete", wrong, reason);

        assertThat(deleted.pageMessages())
                .contains(
                        "Deleted: a certification. The person can read this in their access"
                                + " log.");
        assertThat(again.pageMessages())
                .contains(
                        "This certification is already deleted, perhaps in another window;"
                                + " nothing was changed.");
        assertThat(profiles.profileOf(seeker).certifications())
                .extracting(Certification::id)
                .containsExactly(right);
        assertThat(accessLog.entriesAbout(seeker))
                .filteredOn(e -> e.kind() == AccessKind.DELETED)
                .hasSize(1);
    }

    @Test
    void deletesTheDegreeItsButtonCarriesAndNeverTheOneNowInItsRow() {
        var seeker = enrolment().confirmed(Person.newJobSeeker("Stale Degree Page"), false);
        var first = profiles.addDegree(seeker, degree("Reading"));
        var second = profiles.addDegree(seeker, degree("Writing"));
        var staff = Onboarding.signedIn(Person.administrator());
        var opened = openForDuplicates(staff, seeker);
        var reason = Map.of("reason", "Entered twice by mistake");

        staff.press(opened, "degrees", "degrees:delete", first, reason);
        var stale = staff.press(opened, "degrees", "degrees:delete", first, reason);
        var staleCorrect = staff.press(opened, "degrees", "degrees:correct", first, Map.of());

        assertThat(stale.pageMessages())
                .contains(
                        "This degree is already deleted, perhaps in another window; nothing was"
                                + " changed.");
        assertThat(staleCorrect.pageMessages())
                .contains(
                        "This degree is already deleted, perhaps in another window; nothing was"
                                + " changed.");
        assertThat(staleCorrect.body()).doesNotContain("Correct degree</legend>");
        assertThat(profiles.profileOf(seeker).degrees())
                .extracting(Degree::id)
                .containsExactly(second);
    }

    @Test
    void removesFromTheOwnProfileTheCertificationItsButtonCarriesAndSaysSoWhenRepeated() {
        var person = Person.newJobSeeker("Two Tabs Open");
        var seeker = enrolment().confirmed(person, false);
        var gone = profiles.addCertification(seeker, draft("Gone Soon"));
        var kept = profiles.addCertification(seeker, draft("Kept Safe"));
        var visitor = Onboarding.signedIn(person);
        var page = visitor.open("/account/profile");
        var row = rowOf(profiles.profileOf(seeker).certifications(), gone);
        var button = "certificationList:" + row + ":remove";
        var chosen =
                Map.of(
                        "certificationId",
                        gone,
                        "jakarta.faces.partial.render",
                        "certification pageMessages");

        var removed = visitor.ajax(page, "certification", button, Map.of(), chosen);
        var again = visitor.ajax(page, "certification", button, Map.of(), chosen);

        assertThat(removed.body()).contains("Certification removed.");
        assertThat(again.body())
                .contains("This certification is already removed, perhaps in another window");
        assertThat(profiles.profileOf(seeker).certifications())
                .extracting(Certification::id)
                .containsExactly(kept);
    }

    @Test
    void showsAPersonTheirOwnAccessLogAndNobodyElses() {
        var watched = Person.newJobSeeker("Watched Person");
        var watchedId = enrolment().confirmed(watched, false);
        var bystander = Person.newJobSeeker("Bystander Person");
        enrolment().confirmed(bystander, false);
        var reason = "Verifying certificate " + UUID.randomUUID();
        corrections.open(watchedId, admin(), reason);

        var own = Onboarding.signedIn(watched).get("/account/access-log");
        var other = Onboarding.signedIn(bystander).get("/account/access-log");
        var privacyCentre = Onboarding.signedIn(watched).get("/account/privacy");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text()).contains(reason, "Administrator S-", "Opened");
        assertThat(other.text())
                .doesNotContain(reason)
                .contains("No staff member has opened or changed your data.");
        assertThat(privacyCentre.body()).contains("/account/access-log");
    }

    // Helpers.

    private static CertificationDraft draft(String title) {
        return new CertificationDraft(title, "Ohio Department of Education", null, null);
    }

    private static DegreeDraft degree(String field) {
        return new DegreeDraft(DegreeLevel.BACHELOR, field, "Kent State", 2010);
    }

    private static int rowOf(List<Certification> rows, String id) {
        var ids = rows.stream().map(Certification::id).toList();
        assertThat(ids).contains(id);
        return ids.indexOf(id);
    }

    private Enrolment enrolment() {
        return new Enrolment(registrations, accounts, outbox, policies);
    }

    private AccountId admin() {
        return idOf(Person.administrator());
    }

    private AccountId idOf(Person person) {
        return directory
                .search(AccountQuery.firstByName(person.email(), 10))
                .accounts()
                .getFirst()
                .id();
    }

    private static Person newStaffPerson(String name) {
        var unique = UUID.randomUUID().toString();
        return new Person(
                name, "staff-" + unique + "@it.k12jobspot.example", "oak lectern " + unique);
    }

    /** A staff member added by the administrator who has chosen their password. */
    private AccountId activeStaff(Role role, Person person) {
        var id = members.add(new NewStaffMember(person.fullName(), person.email(), role), admin());
        var token = INVITATION.matcher(mailTo(person).body());
        assertThat(token.find()).isTrue();
        assertThat(accounts.resetPassword(token.group(1), person.password()))
                .isEqualTo(PasswordResetOutcome.RESET);
        return id;
    }

    private org.k12jobspot.accounts.api.OutboxEntry mailTo(Person person) {
        return outbox.recent(0, 200).stream()
                .filter(m -> m.to().equals(person.email()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + person.email()));
    }

    private StaffMember memberNamed(AccountId id) {
        return members.list().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /** The staff account page of the seeker, opened with the reason a duplicate was reported. */
    private static Page openForDuplicates(HttpVisitor staff, AccountId seeker) {
        return staff.submit(
                staff.get("/staff/account?id=" + seeker),
                "open",
                "Open account data",
                Map.of("reason", "Duplicate entry reported"));
    }

    private static List<String> allStaffPages(AccountId account) {
        var pages = new java.util.ArrayList<>(STAFF_PAGES);
        pages.addAll(ADMIN_PAGES);
        pages.add("/staff/account?id=" + account);
        pages.add("/staff/consents?id=" + account);
        return pages;
    }

    /** How the site answers each page: its status, or where it redirects. */
    private static Map<String, String> answers(HttpVisitor visitor, List<String> pages) {
        var answers = new LinkedHashMap<String, String>();
        for (var path : pages) {
            var page = visitor.get(path);
            answers.put(
                    path,
                    page.isRedirect()
                            ? "redirect to " + page.location().map(URI::getPath).orElse("?")
                            : String.valueOf(page.status()));
        }
        return answers;
    }

    private static Map<String, String> expect(List<String> pages, String answer) {
        var expected = new LinkedHashMap<String, String>();
        pages.forEach(path -> expected.put(path, answer));
        return expected;
    }

    private static String entryText(AccessEntry entry) {
        return entry.what() + " " + entry.reason() + " " + entry.staffReference();
    }

    private static InputRejected refusal(Runnable action) {
        var refused = catchThrowableOfType(InputRejected.class, action::run);
        assertThat(refused).as("the input is refused").isNotNull();
        return refused;
    }
}
