package org.k12jobspot.accounts.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.k12jobspot.accounts.api.InputRejected;

/** The reason staff give before they open or change an account's data. */
final class Reasons {

    static final int MAX_LENGTH = 500;

    private Reasons() {}

    /**
     * The reason, stripped.
     *
     * @throws org.k12jobspot.accounts.api.InputRejected on field {@code reason}
     */
    static String required(String reason, String missing) {
        var problems = new LinkedHashMap<String, String>();
        var clean = check(reason, missing, problems);
        ProfileRules.throwIfAny(problems);
        return clean;
    }

    /** The reason, stripped; a problem with it goes into {@code problems} under "reason". */
    static String check(String reason, String missing, Map<String, String> problems) {
        var clean = ProfileRules.optionalText(reason, "reason", MAX_LENGTH, problems);
        if (clean == null && !problems.containsKey("reason")) {
            problems.put("reason", missing);
        }
        return clean;
    }

    /** What the rules return, or null with their problems added to {@code problems}. */
    static <T> T collect(Supplier<T> rules, Map<String, String> problems) {
        try {
            return rules.get();
        } catch (InputRejected e) {
            problems.putAll(e.problems());
            return null;
        }
    }
}
