package org.k12jobspot.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example\")",
                "+1+1",
                "-2+3",
                "@SUM(A1:A2)",
                "\tleading tab",
                "\rleading return"
            })
    void neutralisesACellThatWouldRunAsAFormula(String value) {
        var cell = CsvCells.cell(value);

        assertThat(cell).startsWith("\"'");
        assertThat(cell.substring(2)).startsWith(value.substring(0, 1));
    }

    @Test
    void leavesOrdinaryTextAndNumbersAsTheyAre() {
        assertThat(CsvCells.cell("Firefox 128")).isEqualTo("\"Firefox 128\"");
        assertThat(CsvCells.cell("42")).isEqualTo("\"42\"");
        assertThat(CsvCells.cell("< 11")).isEqualTo("\"< 11\"");
    }

    @Test
    void quotesEveryCellAndDoublesQuotesInside() {
        var row = CsvCells.row(List.of("referrer", "say \"hi\", then", "3"));

        assertThat(row).isEqualTo("\"referrer\",\"say \"\"hi\"\", then\",\"3\"\r\n");
    }
}
