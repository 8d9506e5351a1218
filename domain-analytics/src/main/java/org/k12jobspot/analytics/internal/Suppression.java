package org.k12jobspot.analytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.k12jobspot.analytics.api.StatisticsCell;
import org.k12jobspot.analytics.api.StatisticsTable;

/**
 * Hides small counts before anyone sees them. Cells below the threshold lose their labels as well
 * as their counts, since a free-text label held by one person already says something about them:
 * they are merged into one "fewer than 11 each" row. That row shows its sum when the sum reaches
 * the threshold; otherwise it shows as "&lt; 11" and the smallest named cells are hidden too, until
 * the hidden cells together reach the threshold, so that no hidden count can be worked out from the
 * total. A total below the threshold hides the whole table.
 */
final class Suppression {

    static final String HIDDEN = "hidden";

    private final int threshold;

    Suppression(int threshold) {
        this.threshold = Math.max(threshold, 1);
    }

    StatisticsTable table(String title, Map<String, Long> counts, long total) {
        var small = "< " + threshold;
        var named = new ArrayList<Cell>();
        var merged = 0L;
        var mergedLabels = 0;
        for (var entry : counts.entrySet()) {
            if (entry.getValue() >= threshold) {
                named.add(new Cell(entry.getKey(), entry.getValue()));
            } else if (entry.getValue() > 0) {
                merged += entry.getValue();
                mergedLabels++;
            }
        }
        named.sort(Comparator.comparing(Cell::count).reversed().thenComparing(Cell::label));

        if (total < threshold) {
            var all = new ArrayList<StatisticsCell>();
            named.forEach(cell -> all.add(hiddenCell(cell.label(), small)));
            if (mergedLabels > 0) {
                all.add(hiddenCell(otherLabel(), small));
            }
            return new StatisticsTable(title, List.copyOf(all), small);
        }

        var hiddenSum = merged;
        var hide = new ArrayList<Cell>();
        for (var i = named.size() - 1; i >= 0 && mergedLabels > 0 && hiddenSum < threshold; i--) {
            hide.add(named.get(i));
            hiddenSum += named.get(i).count();
        }
        var shown = new ArrayList<StatisticsCell>();
        for (var cell : named) {
            shown.add(
                    hide.contains(cell)
                            ? hiddenCell(cell.label(), HIDDEN)
                            : new StatisticsCell(
                                    cell.label(),
                                    OptionalLong.of(cell.count()),
                                    Long.toString(cell.count())));
        }
        if (mergedLabels > 0) {
            shown.add(
                    merged >= threshold
                            ? new StatisticsCell(
                                    otherLabel(), OptionalLong.of(merged), Long.toString(merged))
                            : hiddenCell(otherLabel(), small));
        }
        return new StatisticsTable(title, List.copyOf(shown), Long.toString(total));
    }

    private String otherLabel() {
        return "Others, fewer than " + threshold + " each";
    }

    private static StatisticsCell hiddenCell(String label, String text) {
        return new StatisticsCell(label, OptionalLong.empty(), text);
    }

    private record Cell(String label, long count) {}
}
