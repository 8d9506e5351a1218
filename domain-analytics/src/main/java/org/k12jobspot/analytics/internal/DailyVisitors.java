package org.k12jobspot.analytics.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Counts unique visitors per day (UTC) from a keyed hash (HMAC-SHA256) of address and user agent.
 * The key is random, lives only in this object, and is replaced by a new one when the day changes,
 * so the same visitor gives unrelated hashes on different days. The hashes of the day are kept in
 * memory to tell a new visitor from a returning one and are forgotten with the key; only the count
 * of new visitors since the last {@link #drain()} ever leaves this object.
 */
final class DailyVisitors {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private LocalDate day;
    private Mac mac;
    private Set<Long> seen = new HashSet<>();
    private final Map<LocalDate, Long> newVisitors = new LinkedHashMap<>();

    DailyVisitors(Clock clock) {
        this.clock = clock;
    }

    /** Notes a visit; counts the visitor if this is their first visit today. */
    synchronized void visit(String address, String userAgent) {
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            startDay(today);
        }
        var hash = mac.doFinal(fingerprint(address, userAgent));
        if (seen.add(ByteBuffer.wrap(hash).getLong())) {
            newVisitors.merge(today, 1L, Long::sum);
        }
    }

    /** New visitors per day since the last call, to be added to the stored counts. */
    synchronized Map<LocalDate, Long> drain() {
        var counts = Map.copyOf(newVisitors);
        newVisitors.clear();
        return counts;
    }

    /** Puts counts back after a failed write. */
    synchronized void restore(Map<LocalDate, Long> unwritten) {
        unwritten.forEach((day, n) -> newVisitors.merge(day, n, Long::sum));
    }

    private void startDay(LocalDate today) {
        var key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
        seen = new HashSet<>();
        day = today;
    }

    private static byte[] fingerprint(String address, String userAgent) {
        var text = (address == null ? "" : address) + "\n" + (userAgent == null ? "" : userAgent);
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
