package org.k12jobspot.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable: 12 to 128 characters and not one of the common passwords
 * shipped with the product. No composition rules, as NIST SP 800-63B advises.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = loadCommon();

    private PasswordPolicy() {}

    /** Empty when acceptable, else the message to show beside the field. */
    static Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password of at least 12 characters.");
        }
        var length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least 12 characters; a short phrase is easy to remember.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most 128 characters.");
        }
        var folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded)) {
            return Optional.of("This password is on a list of common passwords. Choose another.");
        }
        if (email != null && folded.equals(EmailAddresses.key(email))) {
            return Optional.of("Do not use your email address as your password.");
        }
        return Optional.empty();
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> loadCommon() {
        var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the build");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
