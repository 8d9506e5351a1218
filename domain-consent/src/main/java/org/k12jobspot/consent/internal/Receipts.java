package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.util.Map;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentReceipt;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.SiteContact;

/**
 * Writes consent receipts with the fields of the Kantara Initiative Consent Receipt Specification
 * 1.1. The person is named by account id only: a receipt holds no name or address.
 */
@ApplicationScoped
public class Receipts {

    static final String SPEC_VERSION = "KI-CR-v1.1.0";
    static final String CONTROLLER = "K12JobSpot";
    static final String SERVICE = "K12JobSpot candidacy profiles";

    private static final Map<Purpose, Facts> FACTS =
            Map.of(
                    Purpose.POLICY_ACCEPTANCE,
                    new Facts(
                            "Core function",
                            "Name and email address",
                            true,
                            "Until the account is deleted"),
                    Purpose.MARKETING_EMAIL,
                    new Facts(
                            "Marketing of the site's own products",
                            "Email address",
                            false,
                            "Until withdrawn in the privacy centre or by an unsubscribe link"),
                    Purpose.PROFILE_RELEASE,
                    new Facts(
                            "Sharing with employers for hiring",
                            "Candidacy profile",
                            false,
                            "Until withdrawn, or when the employer's agreement ends"),
                    Purpose.US_TRANSFER,
                    new Facts(
                            "Storage and processing in the United States",
                            "All account data",
                            true,
                            "Until the account is deleted"));

    @Inject Policies policies;
    @Inject ConsentClock clock;

    ConsentReceipt receipt(ConsentRecord record) {
        var entry = record.entry();
        var contact = policies.contact();
        var number = policies.find(entry.policyVersion()).map(v -> v.number()).orElse(0);
        var policyUrl = contact.policyUrl(number);
        var json = json(entry, record.residence().orElse(null), policyUrl, contact);
        return new ConsentReceipt(
                entry,
                number,
                CONTROLLER,
                contact.email().orElse(""),
                policyUrl,
                clock.now(),
                json);
    }

    static String json(
            ConsentEntry entry, String residence, String policyUrl, SiteContact contact) {
        var controller =
                Json.createObjectBuilder()
                        .add("piiController", CONTROLLER)
                        .add("onBehalf", false)
                        .add("contact", "Privacy team")
                        .add("address", contact.postal().orElse("United States"))
                        .add("email", contact.email().orElse(""))
                        .add("phone", contact.phone().orElse(""))
                        .add("piiControllerUrl", contact.siteUrl() + "/");
        var receipt =
                Json.createObjectBuilder()
                        .add("version", SPEC_VERSION)
                        .add("jurisdiction", "US")
                        .add("consentTimestamp", entry.recordedAt().getEpochSecond())
                        .add("collectionMethod", entry.source().title())
                        .add("consentReceiptID", entry.id().toString())
                        .add("language", "en")
                        .add("piiPrincipalId", entry.account().toString())
                        .add("piiControllers", Json.createArrayBuilder().add(controller))
                        .add("policyUrl", policyUrl)
                        .add(
                                "services",
                                Json.createArrayBuilder()
                                        .add(
                                                Json.createObjectBuilder()
                                                        .add("service", SERVICE)
                                                        .add(
                                                                "purposes",
                                                                Json.createArrayBuilder()
                                                                        .add(purpose(entry)))))
                        .add("sensitive", false)
                        .add("spiCat", Json.createArrayBuilder());
        receipt.add("k12jobspot", details(entry, residence));
        return write(receipt.build());
    }

    /** The part of a purpose that the specification describes, for one ledger entry. */
    private static JsonObjectBuilder purpose(ConsentEntry entry) {
        var facts = FACTS.get(entry.purpose());
        var purpose =
                Json.createObjectBuilder()
                        .add("purpose", entry.purpose().title())
                        .add("purposeCategory", Json.createArrayBuilder().add(facts.category()))
                        .add("consentType", "EXPLICIT")
                        .add("piiCategory", Json.createArrayBuilder().add(facts.data()))
                        .add("primaryPurpose", facts.primary())
                        .add("termination", facts.termination())
                        .add("thirdPartyDisclosure", entry.purpose() == Purpose.PROFILE_RELEASE);
        if (entry.purpose() == Purpose.PROFILE_RELEASE) {
            purpose.add(
                    "thirdPartyName",
                    entry.employer()
                            .map(id -> "Employer " + id)
                            .orElse("Employers with an active agreement with K12JobSpot"));
        }
        return purpose;
    }

    /** What the specification has no field for: the decision itself and its provenance. */
    private static JsonObjectBuilder details(ConsentEntry entry, String residence) {
        var details =
                Json.createObjectBuilder()
                        .add("decision", entry.given() ? "given" : "withdrawn")
                        .add("policyVersionId", entry.policyVersion().toString());
        entry.reason().ifPresent(reason -> details.add("reason", reason));
        if (residence != null) {
            details.add("countryOfResidence", residence);
        }
        return details;
    }

    private static String write(JsonObject object) {
        var out = new StringWriter();
        var config = Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true);
        try (var writer = Json.createWriterFactory(config).createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString().strip();
    }

    private record Facts(String category, String data, boolean primary, String termination) {}
}
