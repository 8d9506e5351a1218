package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.PersonalData;
import org.k12jobspot.accounts.api.PersonalTable;

/**
 * The consent module's tables in the personal-data registry. The export adds the Kantara receipt of
 * every ledger entry of the account.
 */
@ApplicationScoped
public class ConsentTables implements PersonalData {

    private static final List<PersonalTable> TABLES =
            List.of(
                    PersonalTable.about(
                                    "consent_ledger",
                                    "account_id",
                                    "consent record",
                                    "consent records")
                            .identifier("id")
                            .personal("purpose", "given", "employer_id", "reason", "residence")
                            .actor("actor_id")
                            .technical("entry_no", "policy_version", "source", "recorded_at")
                            .build(),
                    PersonalTable.about(
                                    "policy_notices",
                                    "account_id",
                                    "policy notice shown",
                                    "policy notices shown")
                            .identifier("id")
                            .technical("policy_version", "shown_at")
                            .build(),
                    PersonalTable.about(
                                    "disclosure_refusals",
                                    "account_id",
                                    "refused disclosure",
                                    "refused disclosures")
                            .identifier("id")
                            .personal("recipient", "purpose")
                            .technical("reason", "refused_at")
                            .build(),
                    PersonalTable.about(
                                    "unsubscribe_tokens",
                                    "account_id",
                                    "unsubscribe link",
                                    "unsubscribe links")
                            .secret("token_hash")
                            .technical("purpose", "created_at")
                            .build(),
                    PersonalTable.withoutPerson("employers")
                            .notPersonal(
                                    "id",
                                    "name",
                                    "name_key",
                                    "kind",
                                    "agreement_start",
                                    "agreement_end",
                                    "uses_ats",
                                    "added_at")
                            .build(),
                    PersonalTable.withoutPerson("campaigns")
                            .notPersonal(
                                    "id",
                                    "subject",
                                    "body",
                                    "sent_at",
                                    "recipients",
                                    "submission_key")
                            .actor("sent_by")
                            .build());

    @Inject ConsentLedger ledger;
    @Inject Receipts receipts;

    @Override
    public String module() {
        return "consent";
    }

    @Override
    public List<PersonalTable> tables() {
        return TABLES;
    }

    @Override
    public Map<String, List<String>> exportDocuments(AccountId account) {
        var json =
                ledger.recordsOf(account).stream()
                        .map(record -> receipts.receipt(record).json())
                        .toList();
        return Map.of("consent receipts", json);
    }
}
