package org.k12jobspot.accounts.api;

import java.time.LocalDate;

/**
 * A teaching or staff certification as the candidate enters it. Only the title is required; the
 * issuing state or body, the number and the valid-until date are optional.
 */
public record CertificationDraft(
        String title, String issuer, String number, LocalDate validUntil) {}
