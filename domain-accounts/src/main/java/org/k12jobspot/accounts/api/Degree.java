package org.k12jobspot.accounts.api;

/** A degree held in a candidacy profile. */
public record Degree(
        String id, DegreeLevel level, String field, String institution, Integer year) {}
