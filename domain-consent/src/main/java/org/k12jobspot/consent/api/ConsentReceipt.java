package org.k12jobspot.consent.api;

import java.time.Instant;

/**
 * The receipt of one ledger entry: the fields of the Kantara Initiative Consent Receipt 1.1
 * specification as JSON, and the facts a person reads on the receipt page.
 */
public record ConsentReceipt(
        ConsentEntry entry,
        int policyNumber,
        String controller,
        String controllerContact,
        String policyUrl,
        Instant issuedAt,
        String json) {}
