package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HashingSlotsTest {

    // Not the common pool: on two processors it has a single thread.
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void neverHashesMoreAtOnceThanItHasSlots() throws Exception {
        var slots = new HashingSlots(2, Duration.ofSeconds(30));
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var futures = new ArrayList<CompletableFuture<?>>();

        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var i = 0; i < 16; i++) {
                var atSignIn = i % 2 == 0;
                futures.add(
                        CompletableFuture.runAsync(
                                () -> {
                                    if (atSignIn) {
                                        slots.forSignIn(() -> busyFor(running, most));
                                    } else {
                                        slots.inTurn(() -> busyFor(running, most));
                                    }
                                },
                                pool));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .get(30, TimeUnit.SECONDS);
        }

        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void refusesSignInWhenNoSlotFreesInTime() throws Exception {
        var slots = new HashingSlots(1, Duration.ofMillis(200));
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder =
                CompletableFuture.runAsync(
                        () -> slots.inTurn(() -> hold(holding, release)), threads);
        holding.await(10, TimeUnit.SECONDS);

        var refused = slots.forSignIn(() -> true);
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        var accepted = slots.forSignIn(() -> true);

        assertThat(refused).isEmpty();
        assertThat(accepted).contains(true);
    }

    @Test
    void letsOtherHashingWaitForItsTurn() throws Exception {
        var slots = new HashingSlots(1, Duration.ofMillis(10));
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder =
                CompletableFuture.runAsync(
                        () -> slots.inTurn(() -> hold(holding, release)), threads);
        holding.await(10, TimeUnit.SECONDS);

        var waiting = CompletableFuture.supplyAsync(() -> slots.inTurn(() -> "hashed"), threads);
        Thread.sleep(300);
        var doneWhileHeld = waiting.isDone();
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);

        assertThat(doneWhileHeld).isFalse();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("hashed");
    }

    private static boolean busyFor(AtomicInteger running, AtomicInteger most) {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
        }
        return true;
    }

    private static boolean hold(CountDownLatch holding, CountDownLatch release) {
        holding.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
