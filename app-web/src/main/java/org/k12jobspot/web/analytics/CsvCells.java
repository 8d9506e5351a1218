package org.k12jobspot.web.analytics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV that spreadsheets open as plain text: every cell is quoted, and a cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe so it cannot run as a formula.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String row(List<String> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        var text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
