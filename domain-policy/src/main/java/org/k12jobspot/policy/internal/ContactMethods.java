package org.k12jobspot.policy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How readers reach the site about privacy, from the configuration. The policy text names the place
 * for them with the line {@value #PLACEHOLDER}; they are filled in when the text is shown, so a
 * change of address needs no new policy version.
 */
record ContactMethods(Optional<String> email, Optional<String> postal, Optional<String> phone) {

    static final String PLACEHOLDER = "{{contact}}";

    private static final Pattern PLAIN_EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    /** An HTML list of the configured methods, every value escaped. */
    String html() {
        var items = new StringBuilder("<ul>");
        email.ifPresent(
                e -> {
                    var text = escape(e);
                    var shown =
                            PLAIN_EMAIL.matcher(e).matches()
                                    ? "<a href=\"mailto:" + text + "\">" + text + "</a>"
                                    : text;
                    items.append("<li>Email: ").append(shown).append("</li>");
                });
        postal.ifPresent(p -> items.append("<li>Mail: ").append(escape(p)).append("</li>"));
        phone.ifPresent(p -> items.append("<li>Telephone: ").append(escape(p)).append("</li>"));
        if (email.isEmpty() && postal.isEmpty() && phone.isEmpty()) {
            items.append("<li>Use the contact details on the site's home page.</li>");
        }
        return items.append("</ul>").toString();
    }

    /** The same, as plain lines of text (for comparisons and mail). */
    List<String> lines() {
        var lines = new ArrayList<String>();
        email.ifPresent(e -> lines.add("- Email: " + e));
        postal.ifPresent(p -> lines.add("- Mail: " + p));
        phone.ifPresent(p -> lines.add("- Telephone: " + p));
        return lines;
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (var c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
