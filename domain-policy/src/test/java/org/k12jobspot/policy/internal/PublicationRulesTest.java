package org.k12jobspot.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Test
    void acceptsSummaryAndDateFromToday() {
        var problems =
                PublicationRules.problems(
                        "Clearer cookies section.", TODAY, TODAY, Optional.of(TODAY));

        assertThat(problems).isEmpty();
    }

    @Test
    void refusesAnEffectiveDateMoreThanAYearAhead() {
        var problems =
                PublicationRules.problems(
                        "Far ahead.", TODAY.plusYears(1).plusDays(1), TODAY, Optional.of(TODAY));

        assertThat(problems).containsOnlyKeys("effectiveOn");
    }

    @Test
    void requiresChangeSummary() {
        var problems = PublicationRules.problems("  ", TODAY, TODAY, Optional.empty());

        assertThat(problems).containsOnlyKeys("changeSummary");
    }

    @Test
    void refusesSummaryLongerThan300Characters() {
        var problems = PublicationRules.problems("x".repeat(301), TODAY, TODAY, Optional.empty());

        assertThat(problems).containsOnlyKeys("changeSummary");
        assertThat(problems.get("changeSummary")).contains("300").contains("301");
    }

    @Test
    void requiresEffectiveDate() {
        var problems = PublicationRules.problems("ok", null, TODAY, Optional.empty());

        assertThat(problems).containsOnlyKeys("effectiveOn");
    }

    @Test
    void refusesEffectiveDateBeforeTheNewestPublishedVersion() {
        var latest = TODAY.plusDays(30);

        var problems =
                PublicationRules.problems("ok", TODAY.plusDays(29), TODAY, Optional.of(latest));

        assertThat(problems).containsOnlyKeys("effectiveOn");
        assertThat(problems.get("effectiveOn")).contains(latest.toString());
    }

    @Test
    void refusesEffectiveDateInThePast() {
        var problems =
                PublicationRules.problems(
                        "ok", TODAY.minusDays(1), TODAY, Optional.of(TODAY.minusDays(5)));

        assertThat(problems).containsOnlyKeys("effectiveOn");
    }

    @Test
    void refusesEmptyOrOverlongText() {
        assertThat(PublicationRules.markdownProblems(" ")).containsOnlyKeys("markdown");
        assertThat(PublicationRules.markdownProblems("x".repeat(100_001)))
                .containsOnlyKeys("markdown");
        assertThat(PublicationRules.markdownProblems("## Policy")).isEmpty();
    }
}
