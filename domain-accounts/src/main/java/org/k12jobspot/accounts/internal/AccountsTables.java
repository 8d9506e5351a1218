package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.k12jobspot.accounts.api.PersonalData;
import org.k12jobspot.accounts.api.PersonalTable;

/**
 * The accounts module's tables in the personal-data registry, children before the account row they
 * belong to, as erasure deletes them in this order.
 */
@ApplicationScoped
public class AccountsTables implements PersonalData {

    private static final List<PersonalTable> TABLES =
            List.of(
                    PersonalTable.about("outbox_mail", "account_id", "mail", "mails")
                            .identifier("id")
                            .personal("to_address", "subject", "body", "list_unsubscribe")
                            .technical("queued_at", "sent_at", "attempts", "forget_on_delivery")
                            .build(),
                    PersonalTable.about(
                                    "contact_requests",
                                    "account_id",
                                    "contact request",
                                    "contact requests")
                            .identifier("id")
                            .personal("full_name", "email", "message", "outcome_note")
                            .actor("closed_by")
                            .technical(
                                    "kind",
                                    "status",
                                    "received_at",
                                    "confirmed_at",
                                    "closed_at",
                                    "version")
                            .build(),
                    PersonalTable.about(
                                    "verification_tokens",
                                    "account_id",
                                    "email or password link",
                                    "email and password links")
                            .secret("token_hash")
                            .technical("purpose", "issued_at", "expires_at", "spent")
                            .build(),
                    PersonalTable.about("degrees", "account_id", "degree", "degrees")
                            .identifier("id")
                            .personal(
                                    "degree_level", "field_of_study", "institution", "year_awarded")
                            .technical("added_at")
                            .build(),
                    PersonalTable.about(
                                    "certifications",
                                    "account_id",
                                    "certification",
                                    "certifications")
                            .identifier("id")
                            .personal("title", "issuer", "cert_number", "valid_until")
                            .technical("added_at")
                            .build(),
                    PersonalTable.about(
                                    "candidacy_profiles",
                                    "account_id",
                                    "candidacy profile",
                                    "candidacy profiles")
                            .personal(
                                    "street_address",
                                    "city",
                                    "region",
                                    "postal_code",
                                    "phone",
                                    "phone_key",
                                    "summary")
                            .technical("version")
                            .build(),
                    PersonalTable.about(
                                    "staff_access_log",
                                    "account_id",
                                    "staff access",
                                    "staff accesses")
                            .identifier("id")
                            .actor("staff_id")
                            .personal("subject", "reason")
                            .technical("staff_role", "action", "occurred_at")
                            .build(),
                    PersonalTable.about("accounts", "id", "account", "accounts")
                            .personal("full_name", "name_key", "email", "email_key", "role")
                            .secret("password_hash")
                            .technical(
                                    "verified",
                                    "must_change_password",
                                    "failed_sign_ins",
                                    "locked_until",
                                    "registered_at",
                                    "verified_at",
                                    "disabled",
                                    "version")
                            .build(),
                    // Who erased and why, after the account is gone: names no erased person.
                    PersonalTable.withoutPerson("erasure_records")
                            .notPersonal("id", "erased_at", "cause", "reason")
                            .actor("staff_id")
                            .build());

    @Override
    public String module() {
        return "accounts";
    }

    @Override
    public List<PersonalTable> tables() {
        return TABLES;
    }
}
