package org.k12jobspot.web.policy;

import java.util.Optional;

/**
 * Version numbers as they arrive in a query string: anything but a small positive number is none.
 */
final class PolicyNumbers {

    private PolicyNumbers() {}

    static Optional<Integer> parse(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.strip()));
    }
}
