package org.k12jobspot.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.k12jobspot.accounts.api.ErasureReceipt;

/**
 * Receipts of erasures just done, held in memory for a few minutes under a random key, so the
 * public page after the redirect can show one without a session. A receipt names nobody: it is a
 * time and counts.
 */
@ApplicationScoped
public class DeletionReceipts {

    private static final Duration KEPT = Duration.ofMinutes(10);
    private static final int MAX_HELD = 1000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, ErasureReceipt> held = new ConcurrentHashMap<>();

    String keep(ErasureReceipt receipt) {
        forgetOld();
        var bytes = new byte[18];
        random.nextBytes(bytes);
        var key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        if (held.size() < MAX_HELD) {
            held.put(key, receipt);
        }
        return key;
    }

    Optional<ErasureReceipt> find(String key) {
        forgetOld();
        return key == null ? Optional.empty() : Optional.ofNullable(held.get(key));
    }

    private void forgetOld() {
        var oldest = Instant.now().minus(KEPT);
        held.values().removeIf(receipt -> receipt.erasedAt().isBefore(oldest));
    }
}
