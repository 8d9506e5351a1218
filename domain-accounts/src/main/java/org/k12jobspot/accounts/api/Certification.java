package org.k12jobspot.accounts.api;

import java.time.LocalDate;

/** A certification held in a candidacy profile. */
public record Certification(
        String id, String title, String issuer, String number, LocalDate validUntil) {}
