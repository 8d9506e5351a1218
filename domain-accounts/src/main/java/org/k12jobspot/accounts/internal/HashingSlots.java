package org.k12jobspot.accounts.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many password hashes are computed at once, so that a flood of sign-ins (each one a
 * deliberately slow PBKDF2 hash) leaves processors free to serve pages. A sign-in waits a short
 * time for a slot and is refused when none comes free; registration, password changes and resets
 * wait their turn, as they are rare and a person is watching each one.
 */
final class HashingSlots {

    /** Half the processors (at least one), waiting at most two seconds at sign-in. */
    static final HashingSlots SHARED =
            new HashingSlots(
                    Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                    Duration.ofSeconds(2));

    private final Semaphore slots;
    private final Duration signInWait;

    HashingSlots(int slots, Duration signInWait) {
        this.slots = new Semaphore(slots, true);
        this.signInWait = signInWait;
    }

    /** The hash's result, or empty when no slot came free within the sign-in wait. */
    <T> Optional<T> forSignIn(Supplier<T> hashing) {
        try {
            if (!slots.tryAcquire(signInWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(hashing.get());
        } finally {
            slots.release();
        }
    }

    /** The hash's result, computed once a slot is free however long that takes. */
    <T> T inTurn(Supplier<T> hashing) {
        slots.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }
}
