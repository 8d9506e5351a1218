package org.k12jobspot.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.k12jobspot.analytics.api.StatisticsCell;
import org.k12jobspot.analytics.api.StatisticsTable;

class SuppressionTest {

    private final Suppression suppression = new Suppression(11);

    @Test
    void showsCellsAtOrAboveTheThreshold() {
        var table = suppression.table("By state", Map.of("CA", 40L, "TX", 11L), 51);

        assertThat(shown(table)).containsExactly("CA=40", "TX=11");
        assertThat(table.total()).isEqualTo("51");
    }

    @Test
    void showsASmallCellAsBelowTheThreshold() {
        var table =
                suppression.table("By state", Map.of("CA", 40L, "TX", 30L, "VT", 3L, "ME", 2L), 75);

        assertThat(shown(table)).containsExactly("CA=40", "TX=30", "VT=< 11", "ME=< 11");
    }

    @Test
    void hidesTheSmallestOtherCellWhenOnlyOneIsSmallSoItCannotBeWorkedOutFromTheTotal() {
        var table = suppression.table("By state", Map.of("CA", 40L, "TX", 30L, "VT", 3L), 73);

        assertThat(shown(table)).containsExactly("CA=40", "TX=hidden", "VT=< 11");
        assertThat(table.cells().stream().filter(StatisticsCell::hidden)).hasSize(2);
    }

    @Test
    void hidesEverythingWhenTheTotalIsSmall() {
        var table = suppression.table("By state", Map.of("CA", 7L, "TX", 2L), 9);

        assertThat(shown(table)).containsExactly("CA=< 11", "TX=< 11");
        assertThat(table.total()).isEqualTo("< 11");
    }

    @Test
    void followsAConfiguredThreshold() {
        var table =
                new Suppression(5)
                        .table("By state", Map.of("CA", 40L, "TX", 6L, "VT", 4L, "ME", 4L), 54);

        assertThat(shown(table)).containsExactly("CA=40", "TX=6", "ME=< 5", "VT=< 5");
    }

    private static java.util.List<String> shown(StatisticsTable table) {
        return table.cells().stream().map(c -> c.label() + "=" + c.shown()).toList();
    }
}
