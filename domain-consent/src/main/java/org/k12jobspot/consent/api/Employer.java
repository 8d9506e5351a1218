package org.k12jobspot.consent.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An employer in the site's register with its agreement. Only an employer whose agreement is active
 * on a given day may receive released profiles that day.
 */
public record Employer(
        EmployerId id,
        String name,
        EmployerKind kind,
        LocalDate agreementStart,
        Optional<LocalDate> agreementEnd,
        boolean usesApplicantTracking) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(agreementStart)
                && agreementEnd.map(end -> !day.isAfter(end)).orElse(true);
    }
}
