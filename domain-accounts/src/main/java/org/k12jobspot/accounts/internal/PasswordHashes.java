package org.k12jobspot.accounts.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 password hashes, stored as {@code pbkdf2-sha512$iterations$salt$hash}. The
 * iteration count follows OWASP's 2023 advice (210,000) and is read back from each hash, so it can
 * be raised later without breaking old ones.
 */
final class PasswordHashes {

    static final int ITERATIONS = 210_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    // Checked against when an email address is unknown, so that answer takes as long as a real one.
    private static final String DECOY = hash("decoy password that matches nothing");

    private PasswordHashes() {}

    static String hash(String password) {
        var salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        var key = HashingSlots.SHARED.inTurn(() -> derive(password, salt, ITERATIONS));
        var b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha512$"
                + ITERATIONS
                + "$"
                + b64.encodeToString(salt)
                + "$"
                + b64.encodeToString(key);
    }

    static boolean matches(String password, String stored) {
        return HashingSlots.SHARED.inTurn(() -> check(password, stored));
    }

    /**
     * Whether the password matches, for a sign-in: empty when every hashing slot stayed busy for
     * the sign-in wait, so the caller refuses the attempt without counting it as a failure.
     */
    static Optional<Boolean> matchesAtSignIn(String password, String stored) {
        return HashingSlots.SHARED.forSignIn(() -> check(password, stored));
    }

    /**
     * Spends the time of a sign-in's hash on an unknown address, when a slot comes free; false when
     * every slot stayed busy for the sign-in wait, as {@link #matchesAtSignIn} is then empty.
     */
    static boolean spendDecoyTime(String password) {
        return HashingSlots.SHARED.forSignIn(() -> check(password, DECOY)).isPresent();
    }

    private static boolean check(String password, String stored) {
        var parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha512")) {
            return false;
        }
        var iterations = Integer.parseInt(parts[1]);
        var salt = Base64.getDecoder().decode(parts[2]);
        var expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA512 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
