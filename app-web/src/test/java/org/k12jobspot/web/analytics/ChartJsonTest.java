package org.k12jobspot.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void keepsALabelFromEndingTheScriptItStandsIn() {
        var json = ChartJson.scriptSafe("{\"labels\":[\"</SCRIPT><IMG SRC=X ONERROR=a&b>\"]}");

        assertThat(json)
                .doesNotContain("<", ">", "&")
                .contains("\\u003c/SCRIPT\\u003e\\u003cIMG SRC=X ONERROR=a\\u0026b\\u003e");
    }

    @Test
    void escapesTheSeparatorsThatEndAJavaScriptLine() {
        var json = ChartJson.scriptSafe("{\"labels\":[\"a\u2028b\u2029c\"]}");

        assertThat(json).isEqualTo("{\"labels\":[\"a\\u2028b\\u2029c\"]}");
    }
}
