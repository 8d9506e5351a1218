package org.k12jobspot.it;

import java.util.regex.Pattern;

/** Just enough HTML reading for pages this product renders. */
final class Html {

    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);");

    private Html() {}

    static String text(String html) {
        var noScripts = html.replaceAll("(?s)<script.*?</script>", " ");
        var noTags = noScripts.replaceAll("(?s)<[^>]*>", " ");
        return decode(noTags).replaceAll("\\s+", " ").strip();
    }

    static String decode(String html) {
        return ENTITY.matcher(html).replaceAll(m -> quote(entity(m.group(1))));
    }

    private static String entity(String name) {
        if (name.startsWith("#x")) {
            return Character.toString(Integer.parseInt(name.substring(2), 16));
        }
        if (name.startsWith("#")) {
            return Character.toString(Integer.parseInt(name.substring(1)));
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> "&" + name + ";";
        };
    }

    private static String quote(String text) {
        return text.replace("\\", "\\\\").replace("$", "\\$");
    }
}
