package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.internal.AccountsClock;
import org.k12jobspot.consent.api.Registrations;
import org.k12jobspot.policy.api.Policies;

/**
 * A thousand wrong passwords through the sign-in page, from inside the server against its own port,
 * with the server's CPU time read before and after: the account (or an address without one) pauses,
 * every refusal reads the same, the right password is refused while paused and let in once the
 * pause is over on the accounts module's clock, and the run stays cheap because a paused sign-in
 * hashes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BruteForceIT {

    private static final int ATTEMPTS = 1_000;
    private static final Duration CPU_BUDGET = Duration.ofSeconds(30);
    // The product's defaults (K12_SIGNIN_LOCK_MINUTES), which the tests' server keeps.
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final List<String> REFUSED =
            List.of(
                    "That email and password do not match an account, or sign-in is paused for"
                            + " a few minutes after too many attempts.");

    private static final System.Logger LOG = System.getLogger(BruteForceIT.class.getName());

    @Inject Accounts accounts;
    @Inject Registrations registrations;
    @Inject Outbox outbox;
    @Inject Policies policies;
    @Inject AccountsClock clock;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        BruteForceIT.class,
                        Person.class,
                        Enrolment.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        SiteAddress.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class));
    }

    @AfterEach
    void restoreClock() {
        if (clock != null) {
            clock.use(Clock.systemUTC());
        }
    }

    @Test
    void pausesAnAccountAfterAThousandWrongPasswordsWithOneMessageAndLittleCpu() {
        var person = Person.newJobSeeker("Guessed At");
        new Enrolment(registrations, accounts, outbox, policies).confirmed(person, false);
        var visitor = new HttpVisitor();
        var login = visitor.get("/login");
        settle(visitor, login);
        var cpuBefore = serverCpu();

        var answers = guess(visitor, login, person.email());

        var cpu = serverCpu().minus(cpuBefore);
        assertThat(answers).containsExactly(REFUSED);
        assertThat(cpu).as("server CPU for %d attempts", ATTEMPTS).isLessThan(CPU_BUDGET);
        var whilePaused = signIn(visitor, login, person.email(), person.password());
        assertThat(whilePaused.isRedirect()).as("the right password while paused").isFalse();
        assertThat(whilePaused.pageMessages()).isEqualTo(REFUSED);
        clock.use(Clock.offset(Clock.systemUTC(), LOCK.minusMinutes(1)));
        var minuteBeforeEnd = signIn(visitor, login, person.email(), person.password());
        assertThat(minuteBeforeEnd.pageMessages()).isEqualTo(REFUSED);
        clock.use(Clock.offset(Clock.systemUTC(), LOCK.plusMinutes(1)));
        var afterPause = signIn(visitor, login, person.email(), person.password());
        assertThat(afterPause.location()).contains(SiteAddress.of("/account/profile"));
    }

    @Test
    void pausesAnAddressWithoutAccountTheSameWayAndAsCheaply() {
        var nobody = "nobody-" + UUID.randomUUID() + "@it.k12jobspot.example";
        var visitor = new HttpVisitor();
        var login = visitor.get("/login");
        settle(visitor, login);
        var cpuBefore = serverCpu();

        var answers = guess(visitor, login, nobody);

        var cpu = serverCpu().minus(cpuBefore);
        assertThat(answers).containsExactly(REFUSED);
        assertThat(cpu).as("server CPU for %d attempts", ATTEMPTS).isLessThan(CPU_BUDGET);
    }

    @Test
    void answersPausedAccountsAndAddressesWithoutHashing() {
        var person = Person.newJobSeeker("Timed Guess");
        new Enrolment(registrations, accounts, outbox, policies).confirmed(person, false);
        var nobody = "nobody-" + UUID.randomUUID() + "@it.k12jobspot.example";
        var visitor = new HttpVisitor();
        var login = visitor.get("/login");
        for (var i = 0; i < 5; i++) {
            signIn(visitor, login, person.email(), "wrong " + i);
            signIn(visitor, login, nobody, "wrong " + i);
        }

        var account = cpuOf(i -> signIn(visitor, login, person.email(), "wrong again " + i));
        var unknown = cpuOf(i -> signIn(visitor, login, nobody, "wrong again " + i));
        var hashing = cpuOf(i -> signIn(visitor, login, i + "-" + nobody, "wrong"));

        assertThat(account).isLessThan(hashing.dividedBy(2));
        assertThat(unknown).isLessThan(hashing.dividedBy(2));
    }

    private static Set<List<String>> guess(HttpVisitor visitor, Page login, String email) {
        var cpuBefore = serverCpu();
        var answers = new HashSet<List<String>>();
        for (var i = 0; i < ATTEMPTS; i++) {
            var answer = signIn(visitor, login, email, "wrong guess " + i);
            assertThat(answer.isRedirect()).as("attempt %d let in", i).isFalse();
            answers.add(answer.pageMessages());
        }
        LOG.log(
                System.Logger.Level.INFO,
                "{0} wrong sign-ins cost {1} ms of server CPU",
                ATTEMPTS,
                serverCpu().minus(cpuBefore).toMillis());
        return answers;
    }

    /**
     * Warms the sign-in path up with a hundred attempts at another address, then waits (two minutes
     * at most) for a second in which the server spends less than a fifth of a second of CPU: the
     * work of start-up (compiling, the user-agent parser built in the background) is then done and
     * not counted as the attempts' cost.
     */
    private static void settle(HttpVisitor visitor, Page login) {
        var warmUp = "warm-up-" + UUID.randomUUID() + "@it.k12jobspot.example";
        for (var i = 0; i < 100; i++) {
            signIn(visitor, login, warmUp, "wrong " + i);
        }
        var deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            var before = serverCpu();
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (serverCpu().minus(before).compareTo(Duration.ofMillis(200)) < 0) {
                return;
            }
        }
    }

    /** The login page is stateless, so one rendering of its form serves every attempt. */
    private static Page signIn(HttpVisitor visitor, Page login, String email, String password) {
        return visitor.submit(
                login, "login", "Sign in", Map.of("email", email, "password", password));
    }

    /** Server CPU for ten attempts, each told its number. */
    private static Duration cpuOf(IntConsumer attempt) {
        var before = serverCpu();
        for (var i = 0; i < 10; i++) {
            attempt.accept(i);
        }
        return serverCpu().minus(before);
    }

    /** CPU time of the whole server process: the test runs inside it. */
    private static Duration serverCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow();
    }
}
