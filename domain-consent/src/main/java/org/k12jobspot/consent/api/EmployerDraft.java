package org.k12jobspot.consent.api;

import java.time.LocalDate;

/**
 * An employer as staff enter it: its agreement with the site runs from {@code agreementStart} to
 * {@code agreementEnd} inclusive (no end: open-ended).
 */
public record EmployerDraft(
        String name,
        EmployerKind kind,
        LocalDate agreementStart,
        LocalDate agreementEnd,
        boolean usesApplicantTracking) {}
