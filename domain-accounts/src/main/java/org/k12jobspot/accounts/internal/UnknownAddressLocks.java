package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wrong sign-ins at addresses that have no account, counted as an account counts them, so that such
 * an address pauses after the same number of attempts and then answers as fast as a locked account:
 * neither the answer nor its time tells a guesser whether an address is registered, and a paused
 * address costs no password hashing. Addresses are kept only as a keyed hash whose key lives in
 * memory, and at most {@value #MAX_KEPT} of them; when full, the oldest go first.
 */
@ApplicationScoped
public class UnknownAddressLocks {

    static final int MAX_KEPT = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Attempts> byAddress = new LinkedHashMap<>();

    public UnknownAddressLocks() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether sign-in at this address is paused at {@code now}. */
    synchronized boolean lockedAt(String email, Instant now) {
        var attempts = byAddress.get(digest(email));
        return attempts != null && attempts.lockedAt(now);
    }

    /** Counts one wrong sign-in at this address, pausing it after the lock's number of them. */
    synchronized void signInFailed(String email, Instant now, SignInLock lock) {
        var address = digest(email);
        var before = byAddress.remove(address);
        var failures = (before == null || before.lockedUntil() != null ? 0 : before.failures()) + 1;
        var attempts =
                failures >= lock.maxFailures()
                        ? new Attempts(0, now.plus(lock.duration()))
                        : new Attempts(failures, null);
        byAddress.put(address, attempts);
        forgetOldest(now);
    }

    private void forgetOldest(Instant now) {
        if (byAddress.size() <= MAX_KEPT) {
            return;
        }
        byAddress.values().removeIf(a -> a.lockedUntil() != null && !a.lockedAt(now));
        var oldest = byAddress.keySet().iterator();
        while (byAddress.size() > MAX_KEPT) {
            oldest.next();
            oldest.remove();
        }
    }

    private String digest(String email) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            var bytes = mac.doFinal(EmailAddresses.key(email).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private record Attempts(int failures, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }
}
