package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.AccountRegistered;
import org.k12jobspot.accounts.api.AccountSort;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.AccountVerified;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.CandidacyProfiles;
import org.k12jobspot.accounts.api.CertificationDraft;
import org.k12jobspot.accounts.api.ContactDetails;
import org.k12jobspot.accounts.api.DegreeDraft;
import org.k12jobspot.accounts.api.DegreeLevel;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.ProfileChanged;
import org.k12jobspot.accounts.api.Registration;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.StaffDirectory;
import org.k12jobspot.accounts.api.VerificationOutcome;
import org.k12jobspot.accounts.internal.AccountsClock;

/**
 * The accounts module's rules inside the running product: its facades as the web layer and other
 * modules call them, with the events they fire recorded by a test observer.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final Comparator<AccountId> BY_TEXT = Comparator.comparing(AccountId::toString);
    private static final Pattern TOKEN = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)");

    @Inject Accounts accounts;
    @Inject CandidacyProfiles profiles;
    @Inject StaffDirectory staff;
    @Inject Outbox outbox;
    @Inject AccountsClock clock;
    @Inject RecordedEvents events;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(AccountsIT.class, RecordedEvents.class, Person.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @AfterEach
    void restoreClock() {
        clock.use(Clock.systemUTC());
    }

    @Test
    void opensUnverifiedJobSeekerAccountWithOnlyNameEmailAndPassword() {
        var person = Person.newJobSeeker("Maria Gonzalez");

        var id = register(person);

        assertThat(accounts.find(id))
                .get()
                .extracting(
                        AccountSummary::fullName,
                        AccountSummary::email,
                        AccountSummary::role,
                        AccountSummary::verified)
                .containsExactly(person.fullName(), person.email(), Role.JOB_SEEKER, false);
    }

    @Test
    void announcesRegistrationOfTheNewAccount() {
        var id = register(Person.newJobSeeker("Announced Registration"));

        assertThat(events.about(id, AccountRegistered.class)).hasSize(1);
        assertThat(events.about(id, AccountVerified.class)).isEmpty();
    }

    @Test
    void queuesVerificationMailLinkingToTheSite() {
        var person = Person.newJobSeeker("Mail Reader");

        register(person);

        var mail = outbox.recent(0, 50).stream().filter(m -> m.to().equals(person.email()));
        assertThat(mail)
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.subject()).contains("Confirm your email address");
                            assertThat(m.body())
                                    .contains("http://127.0.0.1:")
                                    .containsPattern(TOKEN)
                                    .contains(person.fullName());
                        });
    }

    @Test
    void requiresFullNameEmailAndPassword() {
        var refused = refusal(() -> accounts.register(new Registration("  ", null, "")));

        assertThat(refused.problems()).containsOnlyKeys("fullName", "email", "password");
    }

    @Test
    void refusesPasswordShorterThanTwelveCharacters() {
        var person = Person.newJobSeeker("Short Password");

        var refused = refusal(() -> register(person.withPassword("elevenchars")));

        assertThat(refused.problems()).containsOnlyKeys("password");
    }

    @Test
    void acceptsPasswordOfTwelveCharacters() {
        var person = Person.newJobSeeker("Twelve Characters").withPassword("twelve chars");

        var id = register(person);

        assertThat(accounts.find(id)).isPresent();
    }

    @Test
    void refusesPasswordLongerThan128Characters() {
        var person = Person.newJobSeeker("Long Password");

        var refused = refusal(() -> register(person.withPassword("x".repeat(129))));

        assertThat(refused.problems()).containsOnlyKeys("password");
    }

    @Test
    void acceptsPasswordOf128Characters() {
        var person = Person.newJobSeeker("Longest Password").withPassword("y".repeat(128));

        var id = register(person);

        assertThat(accounts.find(id)).isPresent();
    }

    @Test
    void refusesCommonPassword() {
        var person = Person.newJobSeeker("Common Password");

        var refused = refusal(() -> register(person.withPassword("password1234")));

        assertThat(refused.problems()).containsOnlyKeys("password");
        assertThat(refused.problems().get("password")).contains("common passwords");
    }

    @Test
    void refusesSecondAccountForSameEmailInOtherCase() {
        var unique = UUID.randomUUID();
        register(new Person("Ana Ruiz", "Ana.Ruiz." + unique + "@Example.org", "first of the two"));

        var refused =
                refusal(
                        () ->
                                register(
                                        new Person(
                                                "Ana Ruiz",
                                                "ana.ruiz." + unique + "@example.org",
                                                "second of the two")));

        assertThat(refused.problems()).containsOnlyKeys("email");
        assertThat(refused.problems().get("email"))
                .startsWith("An account with this email address already exists.");
    }

    @Test
    void keepsAccentedNameWithApostropheAndHyphenExactly() {
        var id = register(Person.newJobSeeker("Siobhán O'Hara-Nuñez"));

        assertThat(profiles.profileOf(id).fullName()).isEqualTo("Siobhán O'Hara-Nuñez");
    }

    @Test
    void keepsChineseNameExactly() {
        var id = register(Person.newJobSeeker("李小龍"));

        assertThat(profiles.profileOf(id).fullName()).isEqualTo("李小龍");
    }

    @Test
    void verifiesAccountThroughMailedToken() {
        var person = Person.newJobSeeker("Grace Okafor");
        var id = register(person);

        var outcome = accounts.verify(tokenMailedTo(person));

        assertThat(outcome).isEqualTo(VerificationOutcome.VERIFIED);
        assertThat(accounts.find(id)).get().extracting(AccountSummary::verified).isEqualTo(true);
        assertThat(events.about(id, AccountVerified.class)).hasSize(1);
    }

    @Test
    void refusesTokenThatWasUsedBefore() {
        var person = Person.newJobSeeker("Clicks Twice");
        register(person);
        var token = tokenMailedTo(person);
        accounts.verify(token);

        var second = accounts.verify(token);

        assertThat(second).isEqualTo(VerificationOutcome.UNKNOWN);
    }

    @Test
    void refusesTokenOlderThanItsLifetime() {
        var person = Person.newJobSeeker("Late Reader");
        var id = register(person);
        clock.use(Clock.offset(Clock.systemUTC(), Duration.ofHours(49)));

        var outcome = accounts.verify(tokenMailedTo(person));

        assertThat(outcome).isEqualTo(VerificationOutcome.EXPIRED);
        assertThat(accounts.find(id)).get().extracting(AccountSummary::verified).isEqualTo(false);
    }

    @Test
    void acceptsTokenShortlyBeforeItExpires() {
        var person = Person.newJobSeeker("Almost Late Reader");
        register(person);
        clock.use(Clock.offset(Clock.systemUTC(), Duration.ofHours(47)));

        var outcome = accounts.verify(tokenMailedTo(person));

        assertThat(outcome).isEqualTo(VerificationOutcome.VERIFIED);
    }

    @Test
    void refusesTokenThatWasNeverIssued() {
        var outcome = accounts.verify("no-such-token-" + UUID.randomUUID());

        assertThat(outcome).isEqualTo(VerificationOutcome.UNKNOWN);
    }

    @Test
    void savesContactDetailsWithEveryOptionalFieldEmpty() {
        var id = register(Person.newJobSeeker("Private Person"));

        profiles.updateContact(id, new ContactDetails("", " ", "", "", "", ""));

        assertThat(profiles.profileOf(id).contact()).isEqualTo(ContactDetails.empty());
        assertThat(events.about(id, ProfileChanged.class)).hasSize(1);
    }

    @Test
    void keepsContactDetailsAsGiven() {
        var id = register(Person.newJobSeeker("Full Contact"));
        var contact =
                new ContactDetails(
                        "12 Elm Street",
                        "Austin",
                        "TX",
                        "78701",
                        "+1 (512) 555-0147 ext. 12",
                        "Fourth-grade teacher, ten years in Title I schools.");

        profiles.updateContact(id, contact);

        assertThat(profiles.profileOf(id).contact()).isEqualTo(contact);
    }

    @Test
    void refusesMalformedTelephone() {
        var id = register(Person.newJobSeeker("Odd Phone"));
        var contact = new ContactDetails("12 Elm Street", null, null, null, "call me maybe", null);

        var refused = refusal(() -> profiles.updateContact(id, contact));

        assertThat(refused.problems()).containsOnlyKeys("phone");
        assertThat(profiles.profileOf(id).contact()).isEqualTo(ContactDetails.empty());
        assertThat(events.about(id, ProfileChanged.class)).isEmpty();
    }

    @Test
    void requiresCertificationTitle() {
        var id = register(Person.newJobSeeker("Untitled Certification"));
        var draft = new CertificationDraft(" ", "Texas Education Agency", "12345", null);

        var refused = refusal(() -> profiles.addCertification(id, draft));

        assertThat(refused.problems()).containsOnlyKeys("title");
        assertThat(profiles.profileOf(id).certifications()).isEmpty();
    }

    @Test
    void acceptsCertificationWithOnlyTitle() {
        var id = register(Person.newJobSeeker("Title Only"));

        profiles.addCertification(id, new CertificationDraft("Reading Specialist", "", "", null));

        assertThat(profiles.profileOf(id).certifications())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.title()).isEqualTo("Reading Specialist");
                            assertThat(c.issuer()).isNull();
                            assertThat(c.number()).isNull();
                            assertThat(c.validUntil()).isNull();
                        });
    }

    @Test
    void keepsCertificationsAndDegreesInProfile() {
        var id = register(Person.newJobSeeker("Well Qualified"));

        profiles.addCertification(
                id,
                new CertificationDraft(
                        "Elementary Education EC-6", "Texas", "TX-889", LocalDate.of(2030, 8, 31)));
        profiles.addCertification(
                id, new CertificationDraft("ESL Supplemental", "Texas", null, null));
        profiles.addDegree(
                id,
                new DegreeDraft(
                        DegreeLevel.MASTER, "Curriculum and Instruction", "UT Austin", 2015));

        var profile = profiles.profileOf(id);
        assertThat(profile.certifications())
                .extracting(c -> c.title())
                .containsExactlyInAnyOrder("Elementary Education EC-6", "ESL Supplemental");
        assertThat(profile.degrees())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.level()).isEqualTo(DegreeLevel.MASTER);
                            assertThat(d.institution()).isEqualTo("UT Austin");
                            assertThat(d.year()).isEqualTo(2015);
                        });
        assertThat(events.about(id, ProfileChanged.class)).hasSize(3);
    }

    @Test
    void changesCertification() {
        var id = register(Person.newJobSeeker("Changes Certification"));
        var certification =
                profiles.addCertification(id, new CertificationDraft("Math 4-8", null, null, null));

        profiles.changeCertification(
                id, certification, new CertificationDraft("Math 7-12", "Texas", null, null));

        assertThat(profiles.profileOf(id).certifications())
                .singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("Math 7-12"));
    }

    @Test
    void removesCertification() {
        var id = register(Person.newJobSeeker("Removes Certification"));
        var certification =
                profiles.addCertification(id, new CertificationDraft("Lapsed", null, null, null));

        profiles.removeCertification(id, certification);

        assertThat(profiles.profileOf(id).certifications()).isEmpty();
    }

    @Test
    void refusesChangeToSomeoneElsesCertification() {
        var owner = register(Person.newJobSeeker("Certification Owner"));
        var intruder = register(Person.newJobSeeker("Certification Intruder"));
        var certification =
                profiles.addCertification(owner, new CertificationDraft("Mine", null, null, null));

        var refused =
                catchThrowableOfType(
                        NoSuchElementException.class,
                        () ->
                                profiles.changeCertification(
                                        intruder,
                                        certification,
                                        new CertificationDraft("Yours now", null, null, null)));

        assertThat(refused).isNotNull();
        assertThat(profiles.profileOf(owner).certifications())
                .singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("Mine"));
    }

    @Test
    void refusesDegreeYearBefore1940() {
        var id = register(Person.newJobSeeker("Old Degree"));
        var draft = new DegreeDraft(DegreeLevel.BACHELOR, "History", "Somewhere", 1939);

        var refused = refusal(() -> profiles.addDegree(id, draft));

        assertThat(refused.problems()).containsOnlyKeys("year");
        assertThat(profiles.profileOf(id).degrees()).isEmpty();
    }

    @Test
    void refusesDegreeYearMoreThanSixYearsAhead() {
        var id = register(Person.newJobSeeker("Future Degree"));
        var year = Year.now(Clock.systemUTC()).getValue() + 7;
        var draft = new DegreeDraft(DegreeLevel.DOCTORATE, "Education", "Somewhere", year);

        var refused = refusal(() -> profiles.addDegree(id, draft));

        assertThat(refused.problems()).containsOnlyKeys("year");
    }

    @Test
    void requiresDegreeLevel() {
        var id = register(Person.newJobSeeker("Levelless Degree"));

        var refused =
                refusal(() -> profiles.addDegree(id, new DegreeDraft(null, "Art", null, null)));

        assertThat(refused.problems()).containsOnlyKeys("level");
    }

    @Test
    void changesAndRemovesDegree() {
        var id = register(Person.newJobSeeker("Degree Editor"));
        var degree =
                profiles.addDegree(id, new DegreeDraft(DegreeLevel.ASSOCIATE, null, null, null));

        profiles.changeDegree(id, degree, new DegreeDraft(DegreeLevel.BACHELOR, null, null, 2010));
        var changed = profiles.profileOf(id).degrees();
        profiles.removeDegree(id, degree);

        assertThat(changed)
                .singleElement()
                .satisfies(d -> assertThat(d.level()).isEqualTo(DegreeLevel.BACHELOR));
        assertThat(profiles.profileOf(id).degrees()).isEmpty();
    }

    @Test
    void findsAccountForStaffByNamePrefixInAnyLetterCase() {
        var surname = "Quill" + UUID.randomUUID().toString().substring(0, 8);
        var id = register(Person.newJobSeeker(surname + " Ortega"));

        var page = staff.search(query(surname.toUpperCase()));

        assertThat(page.accounts()).extracting(AccountSummary::id).containsExactly(id);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void findsAccountForStaffByEmailPrefix() {
        var person = Person.newJobSeeker("Email Prefix");
        var id = register(person);

        var page = staff.search(query(person.email().substring(0, 20)));

        assertThat(page.accounts()).extracting(AccountSummary::id).containsExactly(id);
    }

    @Test
    void pagesThroughAccountsOfTheSameNameFindingEachOnceInIdOrder() {
        var surname = "Tie" + UUID.randomUUID().toString().substring(0, 8);
        var ids = registerMany(7, surname + " Same");

        var pages = allPages(new AccountQuery(surname, AccountSort.NAME, true, null, 3));

        assertThat(pages).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(pages.stream().flatMap(List::stream))
                .containsExactlyElementsOf(ids.stream().sorted(BY_TEXT).toList());
    }

    @Test
    void pagesDescendingThroughAccountsOfTheSameNameInReverseIdOrder() {
        var surname = "Tie" + UUID.randomUUID().toString().substring(0, 8);
        var ids = registerMany(6, surname + " Same");

        var pages = allPages(new AccountQuery(surname, AccountSort.NAME, false, null, 2));

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 2);
        assertThat(pages.stream().flatMap(List::stream))
                .containsExactlyElementsOf(ids.stream().sorted(BY_TEXT.reversed()).toList());
    }

    @Test
    void pagesByRegistrationTimeThroughAccountsRegisteredAtTheSameInstant() {
        var surname = "Tie" + UUID.randomUUID().toString().substring(0, 8);
        var instant = Instant.parse("2026-03-01T08:00:00Z");
        clock.use(Clock.fixed(instant, ZoneOffset.UTC));
        var early = registerMany(4, surname + " Early");
        clock.use(Clock.fixed(instant.plusSeconds(60), ZoneOffset.UTC));
        var late = registerMany(3, surname + " Late");

        var pages = allPages(new AccountQuery(surname, AccountSort.REGISTERED, false, null, 3));

        var expected = new ArrayList<>(late.stream().sorted(BY_TEXT.reversed()).toList());
        expected.addAll(early.stream().sorted(BY_TEXT.reversed()).toList());
        assertThat(pages).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(pages.stream().flatMap(List::stream)).containsExactlyElementsOf(expected);
    }

    @Test
    void pagesByEmailAddressFindingAccountsByNameOrAddressOnce() {
        var surname = "Tie" + UUID.randomUUID().toString().substring(0, 8);
        var byName = registerMany(3, surname + " Named");
        var byEmail =
                register(
                        new Person(
                                "Someone Else",
                                surname.toLowerCase() + "@it.k12jobspot.example",
                                "maple chalkboard " + surname));

        var pages = allPages(new AccountQuery(surname, AccountSort.EMAIL, true, null, 2));

        assertThat(pages).extracting(List::size).containsExactly(2, 2);
        assertThat(pages.stream().flatMap(List::stream))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(byName.stream(), Stream.of(byEmail)).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void changesPasswordOnlyWhenCurrentOneIsGiven() {
        var person = Person.newJobSeeker("Password Changer");
        var id = register(person);

        var refused =
                refusal(
                        () ->
                                accounts.changePassword(
                                        id, "not the current one", "a brand new passphrase"));

        assertThat(refused.problems()).containsOnlyKeys("currentPassword");
    }

    @Test
    void pausesPasswordChangesAfterFiveWrongCurrentPasswords() {
        var person = Person.newJobSeeker("Stolen Session");
        var id = register(person);
        for (var attempt = 1; attempt <= 5; attempt++) {
            var guess = "a guess " + attempt;
            refusal(() -> accounts.changePassword(id, guess, "a brand new passphrase"));
        }

        var refused =
                refusal(
                        () ->
                                accounts.changePassword(
                                        id, person.password(), "a brand new passphrase"));

        assertThat(refused.problems()).containsOnlyKeys("currentPassword");
    }

    private AccountId register(Person person) {
        return accounts.register(
                new Registration(person.fullName(), person.email(), person.password()));
    }

    private List<AccountId> registerMany(int count, String fullName) {
        var ids = new ArrayList<AccountId>();
        for (var i = 0; i < count; i++) {
            ids.add(register(Person.newJobSeeker(fullName)));
        }
        return ids;
    }

    /** Every page of the search, following each page's mark, as the ids each page shows. */
    private List<List<AccountId>> allPages(AccountQuery first) {
        var pages = new ArrayList<List<AccountId>>();
        var page = staff.search(first);
        pages.add(page.accounts().stream().map(AccountSummary::id).toList());
        while (page.hasMore()) {
            assertThat(pages).as("pages of a small search").hasSizeLessThan(10);
            page = staff.search(first.next(page.next()));
            pages.add(page.accounts().stream().map(AccountSummary::id).toList());
        }
        return pages;
    }

    private String tokenMailedTo(Person person) {
        var mail =
                outbox.recent(0, 50).stream()
                        .filter(m -> m.to().equals(person.email()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no mail to the new account"));
        var token = TOKEN.matcher(mail.body());
        assertThat(token.find()).as("a verification link in the mail").isTrue();
        return token.group(1);
    }

    private static AccountQuery query(String prefix) {
        return AccountQuery.firstByName(prefix, 20);
    }

    private static InputRejected refusal(Runnable action) {
        var refused = catchThrowableOfType(InputRejected.class, action::run);
        assertThat(refused).as("the input is refused").isNotNull();
        return refused;
    }
}
