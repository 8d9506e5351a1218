package org.k12jobspot.policy.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.k12jobspot.policy.api.PolicyDrafts;

/**
 * What a publication must say: a change summary of at most {@value PolicyDrafts#SUMMARY_MAX}
 * characters, and an effective date that is neither in the past nor before the newest published
 * version's, so versions take effect in the order of their numbers.
 */
final class PublicationRules {

    static final int MARKDOWN_MAX = 100_000;

    private PublicationRules() {}

    /** Field name to message; empty when the publication may go ahead. */
    static Map<String, String> problems(
            String summary, LocalDate effectiveOn, LocalDate today, Optional<LocalDate> latest) {
        var problems = new LinkedHashMap<String, String>();
        if (summary == null || summary.isBlank()) {
            problems.put(
                    PolicyDrafts.CHANGE_SUMMARY,
                    "Say in a sentence or two what this version changes.");
        } else if (summary.strip().length() > PolicyDrafts.SUMMARY_MAX) {
            problems.put(
                    PolicyDrafts.CHANGE_SUMMARY,
                    "Keep the summary to "
                            + PolicyDrafts.SUMMARY_MAX
                            + " characters; it has "
                            + summary.strip().length()
                            + ".");
        }
        if (effectiveOn == null) {
            problems.put(PolicyDrafts.EFFECTIVE_ON, "Give the day this version takes effect.");
        } else if (latest.isPresent() && effectiveOn.isBefore(latest.get())) {
            problems.put(
                    PolicyDrafts.EFFECTIVE_ON,
                    "Choose "
                            + latest.get()
                            + " or later: the newest published version takes effect then.");
        } else if (effectiveOn.isBefore(today)) {
            problems.put(
                    PolicyDrafts.EFFECTIVE_ON,
                    "Choose today ("
                            + today
                            + ") or a later day; a version cannot take effect in"
                            + " the past.");
        } else if (effectiveOn.isAfter(today.plusYears(1))) {
            problems.put(
                    PolicyDrafts.EFFECTIVE_ON,
                    "Choose a day within a year, by "
                            + today.plusYears(1)
                            + "; a later date would hold back every version after it.");
        }
        return problems;
    }

    /** Field name to message about the draft's text; empty when it may be stored. */
    static Map<String, String> markdownProblems(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return Map.of(PolicyDrafts.MARKDOWN, "Write the text of the policy.");
        }
        if (markdown.length() > MARKDOWN_MAX) {
            return Map.of(
                    PolicyDrafts.MARKDOWN,
                    "Keep the text under "
                            + MARKDOWN_MAX
                            + " characters; it has "
                            + markdown.length()
                            + ".");
        }
        return Map.of();
    }
}
