package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.AccountErased;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.CandidacyProfiles;
import org.k12jobspot.accounts.api.CertificationDraft;
import org.k12jobspot.accounts.api.ContactDetails;
import org.k12jobspot.accounts.api.DegreeDraft;
import org.k12jobspot.accounts.api.DegreeLevel;
import org.k12jobspot.accounts.api.ErasureCause;
import org.k12jobspot.accounts.api.Erasures;
import org.k12jobspot.accounts.api.Exports;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.PersonalData;
import org.k12jobspot.accounts.api.PersonalTable;
import org.k12jobspot.accounts.api.ResetLinkState;
import org.k12jobspot.accounts.api.StaffCorrections;
import org.k12jobspot.accounts.api.StaffDirectory;
import org.k12jobspot.accounts.api.VerificationOutcome;
import org.k12jobspot.consent.api.CampaignDraft;
import org.k12jobspot.consent.api.Campaigns;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.consent.api.Registrations;
import org.k12jobspot.consent.api.Unsubscribes;
import org.k12jobspot.policy.api.Policies;

/**
 * The personal-data registry inside the running product: it classifies every column, and export and
 * erasure follow it, erasure reaching every module in one transaction.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    private static final Pattern VERIFY = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern RESET =
            Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("/unsubscribe\\?token=([A-Za-z0-9_-]+)");

    @Inject @Any Instance<PersonalData> registry;
    @Inject Accounts accounts;
    @Inject CandidacyProfiles profiles;
    @Inject StaffDirectory staff;
    @Inject StaffCorrections corrections;
    @Inject Outbox outbox;
    @Inject Erasures erasures;
    @Inject Exports exports;
    @Inject Registrations registrations;
    @Inject Policies policies;
    @Inject Consents consents;
    @Inject Campaigns campaigns;
    @Inject Unsubscribes unsubscribes;
    @Inject RecordedEvents events;
    @Inject FailingErasure failing;

    @Resource(lookup = "java:app/jdbc/k12")
    DataSource database;

    @PersistenceUnit(unitName = "accounts")
    EntityManagerFactory accountsUnit;

    @PersistenceUnit(unitName = "consent")
    EntityManagerFactory consentUnit;

    @PersistenceUnit(unitName = "analytics")
    EntityManagerFactory analyticsUnit;

    @PersistenceUnit(unitName = "policy")
    EntityManagerFactory policyUnit;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        PersonalDataIT.class,
                        Classification.class,
                        FailingErasure.class,
                        RecordedEvents.class,
                        Enrolment.class,
                        Person.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @Test
    void classifiesEveryDatabaseColumnInExactlyOneModule() throws SQLException {
        try (var connection = database.getConnection()) {
            var columns = Classification.databaseColumns(connection);

            var problems = Classification.problems(columns, classifiers());

            assertThat(columns).contains("accounts.email", "consent_ledger.account_id");
            assertThat(problems).as("columns not classified by exactly one module").isEmpty();
        }
    }

    @Test
    void classifiesNoColumnThatTheDatabaseLacks() throws SQLException {
        try (var connection = database.getConnection()) {
            var columns = Classification.databaseColumns(connection);

            var unknown = new TreeSet<>(classifiers().keySet());
            unknown.removeAll(columns);

            assertThat(unknown).as("registered columns missing from the database").isEmpty();
        }
    }

    @Test
    void classifiesEveryEntityColumnInExactlyOneModule() {
        var entities = new ArrayList<Class<?>>();
        for (var unit : List.of(accountsUnit, consentUnit, analyticsUnit, policyUnit)) {
            unit.getMetamodel().getEntities().stream()
                    .map(EntityType::getJavaType)
                    .forEach(entities::add);
        }
        var columns = Classification.entityColumns(entities);

        var problems = Classification.problems(columns, classifiers());

        assertThat(columns).contains("certifications.title", "outbox_mail.to_address");
        assertThat(problems).as("entity columns not classified by exactly one module").isEmpty();
    }

    @Test
    void reportsAColumnThatNoModuleClassifiesOrTwoDo() {
        var columns = new HashSet<>(List.of("certifications.title", "certifications.issuer"));
        var classifiers = Map.of("certifications.title", List.of("accounts", "consent"));

        var problems = Classification.problems(columns, classifiers);

        assertThat(problems)
                .containsEntry("certifications.issuer", List.of())
                .containsEntry("certifications.title", List.of("accounts", "consent"));
    }

    @Test
    void exportsEveryCertificationAndDegreeWithNamesUnchanged() {
        var person = Person.newJobSeeker("Zoë O'Brien-Łukasz 王小明");
        var id = enrolment().confirmed(person, true);
        var titles = List.of("Teacher's Licence – Élémentaire", "教师资格证", "Ñandú Reading K-2");
        for (var title : titles) {
            profiles.addCertification(
                    id, new CertificationDraft(title, "Board of Éducation", "N° 42", null));
        }
        var fields = List.of("Mathématiques", "Ελληνική φιλολογία", "Children's Literature");
        for (var field : fields) {
            profiles.addDegree(
                    id, new DegreeDraft(DegreeLevel.BACHELOR, field, "Université d'État", 2019));
        }

        var export = parse(exports.export(id));

        var accountsPart = export.getJsonObject("accounts");
        var profile = profiles.profileOf(id);
        assertThat(profile.certifications()).hasSize(titles.size());
        assertThat(accountsPart.getJsonArray("certifications").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id"), c -> c.getString("title"))
                .containsExactlyInAnyOrderElementsOf(
                        profile.certifications().stream()
                                .map(c -> tuple(c.id(), c.title()))
                                .toList());
        assertThat(accountsPart.getJsonArray("certifications").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("title"))
                .containsExactlyInAnyOrderElementsOf(titles);
        assertThat(profile.degrees()).hasSize(fields.size());
        assertThat(accountsPart.getJsonArray("degrees").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("id"), d -> d.getString("field_of_study"))
                .containsExactlyInAnyOrderElementsOf(
                        profile.degrees().stream().map(d -> tuple(d.id(), d.field())).toList());
        assertThat(accountsPart.getJsonArray("degrees").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("field_of_study"))
                .containsExactlyInAnyOrderElementsOf(fields);
        assertThat(accountsPart.getJsonArray("accounts").getJsonObject(0).getString("full_name"))
                .isEqualTo(person.fullName());
    }

    @Test
    void exportsTheConsentLedgerWithReceiptsAndNoSecret() {
        var person = Person.newJobSeeker("Receipt Reader");
        var id = enrolment().confirmed(person, true);

        var text = exports.export(id);
        var consent = parse(text).getJsonObject("consent");

        var ledger = consent.getJsonArray("consent records");
        assertThat(ledger).hasSizeGreaterThanOrEqualTo(2);
        assertThat(consent.getJsonArray("consent receipts")).hasSameSizeAs(ledger);
        assertThat(consent.getJsonArray("consent receipts").getJsonObject(0).getString("version"))
                .startsWith("KI-CR");
        assertThat(text).doesNotContain("password_hash", "token_hash", "PBKDF2");
    }

    @Test
    void exportsMailsWithTheSecretsOfTheirLinksHiddenAndTheLinksStillWorking() {
        var person = Person.newJobSeeker("Róisín Link-Keeper");
        var id = enrolment().confirmed(person, false);
        accounts.requestPasswordReset(person.email());
        var resetToken = token(RESET, person.email());

        var text = exports.export(id);

        assertThat(text).contains("reset-password?token=(hidden)").doesNotContain(resetToken);
        assertThat(accounts.checkResetLink(resetToken)).isEqualTo(ResetLinkState.USABLE);
    }

    @Test
    void exportsNothingOfAnotherAccount() {
        var person = Person.newJobSeeker("Export Owner");
        var other = Person.newJobSeeker("Someone Else Entirely");
        var id = enrolment().confirmed(person, false);
        enrolment().confirmed(other, false);

        var text = exports.export(id);

        assertThat(text).contains(person.email()).doesNotContain(other.email());
    }

    @Test
    void erasesEveryModulesRowsOfTheAccountAndReportsWhatWent() {
        var person = Person.newJobSeeker("Anaïs D'Arcy");
        var id = filledAccount(person);

        var receipt = erasures.eraseOwnAccount(id, person.password());

        assertThat(receipt.cause()).isEqualTo(ErasureCause.OWN_REQUEST);
        assertThat(receipt.lines())
                .contains("1 account", "1 candidacy profile", "2 certifications", "1 degree")
                .anyMatch(line -> line.endsWith("consent records"))
                .anyMatch(line -> line.matches("\\d+ mails?"));
        assertThat(String.join("\n", receipt.lines()))
                .doesNotContain(person.fullName(), person.email(), id.toString());
        assertThat(events.all(AccountErased.class))
                .anyMatch(e -> e.account().equals(id) && e.cause() == ErasureCause.OWN_REQUEST);
        assertThat(exportCounts(id)).allSatisfy((table, rows) -> assertThat(rows).isZero());
        assertThat(consents.history(id)).isEmpty();
    }

    @Test
    void mailsTheReceiptToTheAddressAsAMailWithNoAccount() {
        var person = Person.newJobSeeker("Receipt Recipient");
        var id = filledAccount(person);

        erasures.eraseOwnAccount(id, person.password());

        var mails = outbox.recent(0, 500).stream().filter(m -> m.to().equals(person.email()));
        assertThat(mails.toList())
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.subject()).isEqualTo("Your K12JobSpot account is deleted");
                            assertThat(m.body()).contains("2 certifications", "1 account");
                        });
    }

    @Test
    void erasesNothingWhenThePasswordIsWrong() {
        var person = Person.newJobSeeker("Careful Person");
        var id = filledAccount(person);

        var refused =
                catchThrowableOfType(
                        InputRejected.class,
                        () -> erasures.eraseOwnAccount(id, person.password() + "x"));

        assertThat(refused.problems()).containsKey("password");
        assertThat(accounts.find(id)).isPresent();
        assertThat(profiles.profileOf(id).certifications()).hasSize(2);
    }

    @Test
    void erasesNothingWhenAnyModuleFails() {
        var person = Person.newJobSeeker("Rolled Back");
        var id = filledAccount(person);
        failing.failWhenErasing(id);

        var failure = catchThrowable(() -> erasures.eraseOwnAccount(id, person.password()));

        assertThat(failure).isNotNull();
        assertThat(accounts.find(id)).isPresent();
        assertThat(profiles.profileOf(id).certifications()).hasSize(2);
        assertThat(consents.history(id)).isNotEmpty();
        assertThat(outbox.recent(0, 500))
                .noneMatch(
                        m ->
                                m.subject().equals("Your K12JobSpot account is deleted")
                                        && m.to().equals(person.email()));
    }

    @Test
    void refusesStaffErasureWithoutAReason() {
        var person = Person.newJobSeeker("Asked By Letter");
        var id = filledAccount(person);
        var admin = adminId();

        var refused =
                catchThrowableOfType(
                        InputRejected.class, () -> erasures.eraseOnRequest(id, admin, "  "));

        assertThat(refused.problems()).containsKey("reason");
        assertThat(accounts.find(id)).isPresent();
    }

    @Test
    void erasesOnRequestWithAReason() {
        var person = Person.newJobSeeker("Asked By Phone");
        var id = filledAccount(person);

        var receipt = erasures.eraseOnRequest(id, adminId(), "Deletion request by letter");

        assertThat(receipt.cause()).isEqualTo(ErasureCause.STAFF_ON_REQUEST);
        assertThat(accounts.find(id)).isEmpty();
    }

    @Test
    void journalsACommittedErasureAndNeitherAFailedNorARolledBackOne() throws Exception {
        var failed = Person.newJobSeeker("Journal Failed Module");
        var failedId = filledAccount(failed);
        var rolledBack = Person.newJobSeeker("Journal Rolled Back");
        var rolledBackId = filledAccount(rolledBack);
        var gone = Person.newJobSeeker("Journal Committed");
        var goneId = filledAccount(gone);
        failing.failWhenErasing(failedId);

        var failure = catchThrowable(() -> erasures.eraseOwnAccount(failedId, failed.password()));
        // The erasure itself succeeds; the transaction around it is rolled back afterwards.
        var transaction =
                (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        transaction.begin();
        try {
            erasures.eraseOwnAccount(rolledBackId, rolledBack.password());
        } finally {
            transaction.rollback();
        }
        erasures.eraseOwnAccount(goneId, gone.password());

        assertThat(failure).isNotNull();
        assertThat(accounts.find(rolledBackId)).as("the rolled-back erasure").isPresent();
        var journal = Files.readString(journalFile());
        assertThat(journal).doesNotContain(failedId.toString(), rolledBackId.toString());
        assertThat(journal.lines().filter(line -> line.contains(goneId.toString())))
                .singleElement()
                .asString()
                .endsWith(" " + goneId + " OWN_REQUEST")
                .doesNotContain(gone.fullName(), gone.email());
    }

    @Test
    void keepsWhoErasedOnRequestWithTheReasonButNotThePerson() throws SQLException {
        var person = Person.newJobSeeker("Ríona Ní Mháille");
        var id = filledAccount(person);
        var reason = "Confirmed deletion request " + UUID.randomUUID();

        erasures.eraseOnRequest(id, adminId(), "  " + reason + " ");

        assertThat(erasures.recent(500))
                .filteredOn(e -> reason.equals(e.reason()))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.cause()).isEqualTo(ErasureCause.STAFF_ON_REQUEST);
                            assertThat(e.staff()).contains("(S-");
                        });
        try (var connection = database.getConnection();
                var select =
                        connection.prepareStatement(
                                "select * from erasure_records where reason = ?")) {
            select.setString(1, reason);
            try (var rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                var columns = rows.getMetaData().getColumnCount();
                for (var column = 1; column <= columns; column++) {
                    assertThat(String.valueOf(rows.getObject(column)))
                            .doesNotContain(id.toString(), person.fullName(), person.email());
                }
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void recordsAnErasureByThePersonWithoutStaffOrReason() {
        var person = Person.newJobSeeker("Self Recorded");
        var id = filledAccount(person);

        var receipt = erasures.eraseOwnAccount(id, person.password());

        assertThat(erasures.recent(1))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.erasedAt()).isEqualTo(receipt.erasedAt());
                            assertThat(e.cause()).isEqualTo(ErasureCause.OWN_REQUEST);
                            assertThat(e.staff()).isNull();
                            assertThat(e.reason()).isNull();
                        });
    }

    @Test
    void findsNothingByTheOldNameEmailOrPhoneAfterErasure() {
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var person = Person.newJobSeeker("Vanishing Ödön " + unique);
        var id = filledAccount(person);
        var phone = "+1 555 " + (1_000_000 + new java.util.Random().nextInt(9_000_000));
        profiles.updateContact(
                id, new ContactDetails(null, "Springfield", "IL", null, phone, null));
        assertThat(search(person.fullName())).isPositive();
        assertThat(search(person.email().toUpperCase(java.util.Locale.ROOT))).isEqualTo(1);
        assertThat(search(phone)).isEqualTo(1);
        var respaced = "1 (555) " + phone.substring(7, 10) + "-" + phone.substring(10);
        assertThat(search(respaced)).as("written another way").isEqualTo(1);

        erasures.eraseOwnAccount(id, person.password());

        assertThat(search(person.fullName())).isZero();
        assertThat(search(person.email())).isZero();
        assertThat(search(phone)).isZero();
        assertThat(corrections.open(id, adminId(), "Checking the erasure")).isEmpty();
    }

    @Test
    void answersTheOldVerificationResetAndUnsubscribeLinksAsUnknown() {
        var unverified = Person.newJobSeeker("Never Confirmed");
        var unverifiedId = enrolment().register(unverified, enrolment().choices(false));
        var verifyToken = token(VERIFY, unverified.email());
        var person = Person.newJobSeeker("Link Holder");
        var id = filledAccount(person);
        accounts.requestPasswordReset(person.email());
        var resetToken = token(RESET, person.email());
        var unsubscribeToken = unsubscribeTokenFor(person);

        erasures.eraseOwnAccount(unverifiedId, unverified.password());
        erasures.eraseOwnAccount(id, person.password());

        assertThat(accounts.verify(verifyToken)).isEqualTo(VerificationOutcome.UNKNOWN);
        assertThat(accounts.checkResetLink(resetToken)).isEqualTo(ResetLinkState.UNKNOWN);
        assertThat(unsubscribes.lookUp(unsubscribeToken)).isEmpty();
        assertThat(unsubscribes.confirm(unsubscribeToken)).isFalse();
    }

    @Test
    void registersTheSameEmailAgainAsANewEmptyAccount() {
        var person = Person.newJobSeeker("Second Start");
        var old = filledAccount(person);
        erasures.eraseOwnAccount(old, person.password());

        var renewed = enrolment().confirmed(person, false);

        assertThat(renewed).isNotEqualTo(old);
        var profile = profiles.profileOf(renewed);
        assertThat(profile.certifications()).isEmpty();
        assertThat(profile.degrees()).isEmpty();
        assertThat(profile.contact()).isEqualTo(ContactDetails.empty());
        assertThat(consents.history(old)).isEmpty();
        assertThat(accounts.find(old)).isEmpty();
    }

    /** A confirmed account with marketing consent, a profile, two certifications, a degree. */
    private AccountId filledAccount(Person person) {
        var id = enrolment().confirmed(person, true);
        profiles.updateContact(
                id, new ContactDetails("1 Elm St", "Springfield", "IL", "62701", null, "Hi"));
        profiles.addCertification(
                id, new CertificationDraft("Reading Specialist", "ISBE", "77", LocalDate.now()));
        profiles.addCertification(id, new CertificationDraft("ESL", null, null, null));
        profiles.addDegree(id, new DegreeDraft(DegreeLevel.MASTER, "Education", "UIUC", 2015));
        return id;
    }

    private Map<String, Long> exportCounts(AccountId id) {
        var export = parse(exports.export(id));
        var counts = new java.util.TreeMap<String, Long>();
        for (var module : registry) {
            for (PersonalTable table : module.tables()) {
                if (table.aboutAccounts()) {
                    counts.put(
                            table.table(),
                            (long)
                                    export.getJsonObject(module.module())
                                            .getJsonArray(table.plural())
                                            .size());
                }
            }
        }
        return counts;
    }

    private Map<String, List<String>> classifiers() {
        return Classification.classifiers(registry);
    }

    private long search(String text) {
        return staff.search(AccountQuery.firstByName(text, 50)).accounts().size();
    }

    private AccountId adminId() {
        return staff.search(AccountQuery.firstByName(Person.administrator().email(), 5))
                .accounts()
                .getFirst()
                .id();
    }

    private String token(Pattern link, String address) {
        var mail =
                outbox.recent(0, 500).stream()
                        .filter(m -> m.to().equals(address))
                        .map(m -> link.matcher(m.body()))
                        .filter(java.util.regex.Matcher::find)
                        .findFirst()
                        .orElseThrow();
        return mail.group(1);
    }

    private String unsubscribeTokenFor(Person person) {
        var subject = "Offer " + UUID.randomUUID();
        campaigns.send(new CampaignDraft(subject, "Something of our own."), adminId());
        var mail =
                outbox.recent(0, 1000).stream()
                        .filter(m -> m.subject().equals(subject) && m.to().equals(person.email()))
                        .findFirst()
                        .orElseThrow();
        var matcher = UNSUBSCRIBE.matcher(mail.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The erasure journal of the server these tests run in. */
    private static Path journalFile() {
        return Path.of(System.getProperty("k12.data.dir")).resolve("erasures.journal");
    }

    private Enrolment enrolment() {
        return new Enrolment(registrations, accounts, outbox, policies);
    }
}
