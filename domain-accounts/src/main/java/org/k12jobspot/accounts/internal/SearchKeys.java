package org.k12jobspot.accounts.internal;

import java.text.Normalizer;
import java.util.Locale;

/** The lower-case, NFC form of a name used for case-insensitive prefix search. */
final class SearchKeys {

    private SearchKeys() {}

    static String of(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern matching values that start with the prefix, wildcards escaped by '\'. */
    static String prefixPattern(String prefix) {
        var escaped = of(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return escaped + "%";
    }
}
