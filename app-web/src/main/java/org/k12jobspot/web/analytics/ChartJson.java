package org.k12jobspot.web.analytics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations as PrimeFaces' {@code p:chart} takes them: JSON built with Jakarta JSON
 * Processing, so every label is escaped, and then made safe to stand inside a {@code <script>}
 * element, where PrimeFaces writes it. Animations are off, for people who find motion hard.
 */
public final class ChartJson {

    private static final String[] COLOURS = {"#0b5cad", "#f2a900", "#2e7d32", "#8a4b00"};

    private ChartJson() {}

    /** One bar per label; several series side by side when given. */
    public static String bars(
            List<String> labels, Map<String, List<Long>> series, boolean horizontal) {
        var data = Json.createObjectBuilder().add("labels", strings(labels));
        var datasets = Json.createArrayBuilder();
        var i = 0;
        for (var entry : series.entrySet()) {
            var values = Json.createArrayBuilder();
            entry.getValue().forEach(values::add);
            datasets.add(
                    Json.createObjectBuilder()
                            .add("label", entry.getKey())
                            .add("data", values)
                            .add("backgroundColor", COLOURS[i++ % COLOURS.length]));
        }
        data.add("datasets", datasets);
        var options =
                Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("indexAxis", horizontal ? "y" : "x");
        return scriptSafe(
                Json.createObjectBuilder()
                        .add("type", "bar")
                        .add("data", data)
                        .add("options", options)
                        .build()
                        .toString());
    }

    /**
     * JSON escapes quotes but not the characters that end a script element or a JavaScript line.
     * They can only stand inside JSON strings here, where the escaped form means the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    private static JsonArrayBuilder strings(List<String> values) {
        var array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
