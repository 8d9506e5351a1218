package org.k12jobspot.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.k12jobspot.analytics.api.StatisticsCell;
import org.k12jobspot.analytics.api.StatisticsTable;

class SuppressionTest {

    private static final String OTHERS = "Others, fewer than 11 each";

    private final Suppression suppression = new Suppression(11);

    @Test
    void showsCellsAtOrAboveTheThreshold() {
        var table = suppression.table("By state", Map.of("CA", 40L, "TX", 11L), 51);

        assertThat(shown(table)).containsExactly("CA=40", "TX=11");
        assertThat(table.total()).isEqualTo("51");
    }

    @Test
    void mergesSmallCellsWithoutTheirLabelsAndShowsTheirSumWhenItIsLargeEnough() {
        var table =
                suppression.table(
                        "By title",
                        Map.of("Math 7-12", 40L, "JANE CANARY CERT 555", 1L, "VT", 6L, "ME", 5L),
                        52);

        assertThat(shown(table)).containsExactly("Math 7-12=40", OTHERS + "=12");
        assertThat(table.cells()).noneMatch(c -> c.label().contains("CANARY"));
    }

    @Test
    void hidesNamedCellsUntilTheHiddenOnesReachTheThreshold() {
        var table =
                suppression.table(
                        "By state", Map.of("CA", 40L, "TX", 30L, "NV", 12L, "VT", 3L), 85);

        assertThat(shown(table)).containsExactly("CA=40", "TX=30", "NV=hidden", OTHERS + "=< 11");
        assertThat(hiddenSum(table, Map.of("NV", 12L, OTHERS, 3L))).isGreaterThanOrEqualTo(11);
    }

    @Test
    void leavesNoSingleHiddenCountThatTheTotalWouldGiveAway() {
        var table =
                suppression.table(
                        "By state", Map.of("CA", 12L, "NY", 1L, "TX", 1L, "Not given", 1L), 15);

        assertThat(shown(table)).containsExactly("CA=hidden", OTHERS + "=< 11");
        assertThat(table.cells().stream().filter(StatisticsCell::hidden)).hasSize(2);
    }

    @Test
    void hidesEverythingWhenTheTotalIsSmall() {
        var table = suppression.table("By state", Map.of("CA", 7L, "TX", 2L), 9);

        assertThat(shown(table)).containsExactly(OTHERS + "=< 11");
        assertThat(table.total()).isEqualTo("< 11");
    }

    @Test
    void followsAConfiguredThreshold() {
        var table =
                new Suppression(5)
                        .table("By state", Map.of("CA", 40L, "TX", 6L, "VT", 4L, "ME", 4L), 54);

        assertThat(shown(table)).containsExactly("CA=40", "TX=6", "Others, fewer than 5 each=8");
    }

    private static long hiddenSum(StatisticsTable table, Map<String, Long> truth) {
        return table.cells().stream()
                .filter(StatisticsCell::hidden)
                .mapToLong(c -> truth.getOrDefault(c.label(), 0L))
                .sum();
    }

    private static List<String> shown(StatisticsTable table) {
        return table.cells().stream().map(c -> c.label() + "=" + c.shown()).toList();
    }
}
