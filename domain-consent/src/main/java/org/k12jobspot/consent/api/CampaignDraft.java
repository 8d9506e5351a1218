package org.k12jobspot.consent.api;

/** A message about the site's own products, as staff write it: plain text. */
public record CampaignDraft(String subject, String body) {}
