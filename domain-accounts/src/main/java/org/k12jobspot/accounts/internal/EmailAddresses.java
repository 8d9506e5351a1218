package org.k12jobspot.accounts.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for email addresses. An address is kept as typed (trimmed), but compared by its key, the
 * NFKC lower-case form, so one address has one account whatever its letter case.
 */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;

    // Deliberately loose: one @, no spaces or angle brackets, a dot in the domain. The
    // verification mail is the real test of an address.
    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s<>()\\[\\],;:\"]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+$");

    private EmailAddresses() {}

    static String key(String email) {
        // NFKC folds look-alikes such as full-width letters into the letters they imitate.
        return Normalizer.normalize(email.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Empty when acceptable, else the message to show beside the field. */
    static Optional<String> problem(String email) {
        return problem(email, "Enter your email address.");
    }

    /** As {@link #problem(String)}, for forms where staff type someone else's address. */
    static Optional<String> problemOfSomeoneElses(String email) {
        return problem(email, "Enter the email address.");
    }

    private static Optional<String> problem(String email, String missing) {
        if (email == null || email.isBlank()) {
            return Optional.of(missing);
        }
        var trimmed = email.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return Optional.of("An email address can be at most 254 characters.");
        }
        if (!SHAPE.matcher(trimmed).matches()
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("Enter an email address like name@example.org.");
        }
        return Optional.empty();
    }
}
