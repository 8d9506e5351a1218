package org.k12jobspot.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentEntryId;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.policy.api.PolicyVersionId;
import org.k12jobspot.policy.api.SiteContact;

class ReceiptsTest {

    private static final SiteContact CONTACT =
            new SiteContact(
                    "https://jobs.example",
                    Optional.of("privacy@jobs.example"),
                    Optional.empty(),
                    Optional.empty());

    private static final String[] KANTARA_FIELDS = {
        "version",
        "jurisdiction",
        "consentTimestamp",
        "collectionMethod",
        "consentReceiptID",
        "language",
        "piiPrincipalId",
        "piiControllers",
        "policyUrl",
        "services",
        "sensitive",
        "spiCat"
    };

    @Test
    void writesEveryFieldOfTheKantaraReceipt() {
        var entry = entry(Purpose.MARKETING_EMAIL, true);

        var json =
                read(
                        Receipts.json(
                                entry,
                                null,
                                "https://jobs.example/privacy/version?number=1",
                                CONTACT));

        assertThat(json.keySet()).contains(KANTARA_FIELDS);
        assertThat(json.getString("version")).isEqualTo("KI-CR-v1.1.0");
        assertThat(json.getString("consentReceiptID")).isEqualTo(entry.id().toString());
        assertThat(json.getJsonNumber("consentTimestamp").longValue()).isEqualTo(1_764_583_200L);
        assertThat(json.getString("collectionMethod")).isEqualTo("Privacy centre");
        var purpose =
                json.getJsonArray("services")
                        .getJsonObject(0)
                        .getJsonArray("purposes")
                        .getJsonObject(0);
        assertThat(purpose.getString("purpose")).isEqualTo(Purpose.MARKETING_EMAIL.title());
        assertThat(purpose.getBoolean("thirdPartyDisclosure")).isFalse();
        assertThat(json.getJsonObject("k12jobspot").getString("decision")).isEqualTo("given");
    }

    @Test
    void namesThePersonByAccountIdOnly() {
        var entry = entry(Purpose.US_TRANSFER, true);

        var json = read(Receipts.json(entry, "CA", "https://jobs.example/privacy", CONTACT));

        assertThat(json.getString("piiPrincipalId")).isEqualTo(entry.account().toString());
        assertThat(json.getJsonObject("k12jobspot").getString("countryOfResidence"))
                .isEqualTo("CA");
        assertThat(json.toString()).doesNotContain("@example.org");
    }

    @Test
    void marksAProfileReleaseAsDisclosureToEmployers() {
        var json = read(Receipts.json(entry(Purpose.PROFILE_RELEASE, true), null, "u", CONTACT));

        var purpose =
                json.getJsonArray("services")
                        .getJsonObject(0)
                        .getJsonArray("purposes")
                        .getJsonObject(0);
        assertThat(purpose.getBoolean("thirdPartyDisclosure")).isTrue();
        assertThat(purpose.getString("thirdPartyName")).contains("active agreement");
    }

    private static ConsentEntry entry(Purpose purpose, boolean given) {
        return new ConsentEntry(
                ConsentEntryId.newId(),
                AccountId.newId(),
                purpose,
                given,
                PolicyVersionId.newId(),
                Optional.empty(),
                ConsentSource.PRIVACY_CENTRE,
                Optional.empty(),
                Instant.parse("2025-12-01T10:00:00Z"));
    }

    private static jakarta.json.JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
