package org.k12jobspot.accounts.api;

/**
 * A degree as the candidate enters it. The level is required; field, institution and year are
 * optional.
 */
public record DegreeDraft(DegreeLevel level, String field, String institution, Integer year) {}
