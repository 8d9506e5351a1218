package org.k12jobspot.accounts.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The lower-case, NFC form of a name used for case-insensitive prefix search. */
final class SearchKeys {

    private static final Pattern PHONE_TEXT = Pattern.compile("[0-9 +().\\-]+");

    private SearchKeys() {}

    static String of(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * The digits of a telephone number, or null when it has none (or there is no number). Spaces,
     * signs and brackets differ between the ways one number is written; the digits do not.
     */
    static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        var digits = phone.codePoints().filter(c -> c >= '0' && c <= '9');
        var key =
                digits.collect(
                        StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        return key.isEmpty() ? null : key.toString();
    }

    /**
     * A LIKE pattern for phone keys starting with the digits of the search text, or empty when the
     * text is not a telephone number (letters or an at sign) or has fewer than three digits.
     */
    static Optional<String> phonePrefixPattern(String text) {
        var stripped = text.strip();
        if (!PHONE_TEXT.matcher(stripped).matches()) {
            return Optional.empty();
        }
        var key = digits(stripped);
        return key == null || key.length() < 3 ? Optional.empty() : Optional.of(key + "%");
    }

    /** A LIKE pattern matching values that start with the prefix, wildcards escaped by '\'. */
    static String prefixPattern(String prefix) {
        var escaped = of(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return escaped + "%";
    }
}
