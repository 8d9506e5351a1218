package org.k12jobspot.analytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.k12jobspot.analytics.api.StatisticsCell;
import org.k12jobspot.analytics.api.StatisticsTable;

/**
 * Hides small counts before anyone sees them. A cell below the threshold shows as "&lt; 11"; when
 * that leaves exactly one hidden cell, the smallest shown cell is hidden too, so the hidden one
 * cannot be worked out from the total. A total below the threshold hides the whole table.
 */
final class Suppression {

    static final String HIDDEN = "hidden";

    private final int threshold;

    Suppression(int threshold) {
        this.threshold = Math.max(threshold, 1);
    }

    StatisticsTable table(String title, Map<String, Long> counts, long total) {
        var small = "< " + threshold;
        var cells = new ArrayList<Cell>();
        counts.forEach((label, count) -> cells.add(new Cell(label, count)));
        cells.sort(Comparator.comparing(Cell::count).reversed().thenComparing(Cell::label));

        if (total < threshold) {
            var hidden = cells.stream().map(c -> hiddenCell(c.label(), small)).toList();
            return new StatisticsTable(title, hidden, small);
        }

        var primary = cells.stream().filter(c -> c.count() > 0 && c.count() < threshold).count();
        Cell complementary = null;
        if (primary == 1) {
            complementary =
                    cells.stream()
                            .filter(c -> c.count() == 0 || c.count() >= threshold)
                            .filter(c -> c.count() > 0)
                            .min(Comparator.comparing(Cell::count))
                            .orElse(null);
        }
        var shown = new ArrayList<StatisticsCell>();
        for (var cell : cells) {
            if (cell.count() > 0 && cell.count() < threshold) {
                shown.add(hiddenCell(cell.label(), small));
            } else if (cell == complementary) {
                shown.add(hiddenCell(cell.label(), HIDDEN));
            } else {
                shown.add(
                        new StatisticsCell(
                                cell.label(),
                                OptionalLong.of(cell.count()),
                                Long.toString(cell.count())));
            }
        }
        return new StatisticsTable(title, List.copyOf(shown), Long.toString(total));
    }

    private static StatisticsCell hiddenCell(String label, String text) {
        return new StatisticsCell(label, OptionalLong.empty(), text);
    }

    private record Cell(String label, long count) {}
}
