package org.k12jobspot.accounts.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.k12jobspot.accounts.api.AccountErased;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.ErasureCause;
import org.k12jobspot.accounts.api.ErasureReceipt;
import org.k12jobspot.accounts.api.Erasures;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.OutgoingMail;
import org.k12jobspot.accounts.api.PastErasure;
import org.k12jobspot.accounts.api.Role;

/**
 * Erases an account in one transaction: counts its rows in every registered table for the receipt,
 * tells every module (which delete their rows), checks that no registered table holds a row of it
 * any more, keeps a record of the erasure that names no person (who erased and why, for an erasure
 * on request), and queues the receipt to the confirmed address as a mail forgotten once sent. Once
 * the transaction has committed, and only then, the erasure is appended to the {@link
 * ErasureJournal}, so that a restored database can have it done again.
 */
@ApplicationScoped
@Transactional
public class AccountErasure implements Erasures {

    private static final System.Logger LOG = System.getLogger(AccountErasure.class.getName());
    private static final String WRONG_PASSWORD =
            "This is not your password, or attempts are paused for a few minutes after several"
                    + " wrong ones. Nothing was deleted.";
    private static final int MAX_REASON = 2000;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd 'at' HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject AccountStore store;
    @Inject Registry registry;
    @Inject MailOutbox outbox;
    @Inject AccountsClock clock;
    @Inject AccountsSettings settings;
    @Inject Event<AccountErased> erased;
    @Inject ErasureJournal journal;

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    // A CDI observer of the transaction's outcome broke UserTransaction.rollback() in tests on
    // this Payara, so the journal line waits for the commit through the transaction itself.
    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Override
    // A wrong password counts towards the sign-in lock even though it is refused.
    @Transactional(dontRollbackOn = InputRejected.class)
    public ErasureReceipt eraseOwnAccount(AccountId id, String password) {
        var account =
                store.find(id)
                        .orElseThrow(
                                () ->
                                        InputRejected.of(
                                                "password", "This account no longer exists."));
        if (account.role() != Role.JOB_SEEKER) {
            throw InputRejected.of(
                    "account", "A staff account is closed by an administrator, not deleted here.");
        }
        var now = clock.now();
        if (account.lockedAt(now)) {
            throw InputRejected.of("password", WRONG_PASSWORD);
        }
        if (password == null || !PasswordHashes.matches(password, account.passwordHash())) {
            account.signInFailed(now, settings.signInLock());
            throw InputRejected.of("password", WRONG_PASSWORD);
        }

        return erase(account, ErasureCause.OWN_REQUEST, now, null, null);
    }

    @Override
    public ErasureReceipt eraseOnRequest(AccountId id, AccountId staff, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InputRejected.of(
                    "reason", "Say why the account is erased, such as the request it answers.");
        }
        if (reason.length() > MAX_REASON) {
            throw InputRejected.of("reason", "Keep the reason within 2000 characters.");
        }
        var actor = store.find(staff).map(Account::role).orElse(Role.JOB_SEEKER);
        if (actor == Role.JOB_SEEKER) {
            throw new IllegalArgumentException("Only staff erase accounts on request");
        }
        var account =
                store.find(id)
                        .orElseThrow(
                                () ->
                                        InputRejected.of(
                                                "account", "This account no longer exists."));
        if (account.role() != Role.JOB_SEEKER) {
            throw InputRejected.of(
                    "account", "A staff account is closed by an administrator, not erased here.");
        }

        var receipt =
                erase(account, ErasureCause.STAFF_ON_REQUEST, clock.now(), staff, reason.strip());
        LOG.log(System.Logger.Level.INFO, "Account {0} erased on request by {1}", id, staff);
        return receipt;
    }

    @Override
    public List<PastErasure> recent(int limit) {
        return em
                .createQuery(
                        "select e from ErasureRecord e order by e.erasedAt desc, e.id",
                        ErasureRecord.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(e -> new PastErasure(e.erasedAt(), e.cause(), staff(e.staffId()), e.reason()))
                .toList();
    }

    /**
     * Erases again an account the erasure journal names, which a restored database brought back: no
     * receipt is mailed (the person had theirs) and no journal line is added (it is there).
     *
     * @return false when there is no such account, as after any erasure that was not undone
     */
    public boolean eraseAgain(AccountId id) {
        var account = store.find(id);
        if (account.isEmpty()) {
            return false;
        }
        erase(account.get(), ErasureCause.REPLAYED_AFTER_RESTORE, clock.now(), null, null);
        return true;
    }

    private ErasureReceipt erase(
            Account account, ErasureCause cause, Instant now, AccountId staff, String reason) {
        var started = System.nanoTime();
        var id = account.accountId();
        var address = account.email();
        var removed = new ArrayList<ErasureReceipt.Removed>();
        registry.rowsOf(id)
                .forEach(
                        (table, rows) ->
                                removed.add(
                                        new ErasureReceipt.Removed(
                                                rows, table.singular(), table.plural())));
        var receipt = new ErasureReceipt(now, cause, removed);

        erased.fire(new AccountErased(id, cause, now));

        var left =
                registry.rowsOf(id).entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey().table())
                        .collect(Collectors.joining(", "));
        if (!left.isEmpty()) {
            throw new IllegalStateException("Erasure of " + id + " left rows in " + left);
        }
        store.store(new ErasureRecord(now, cause, staff, reason));
        if (cause != ErasureCause.REPLAYED_AFTER_RESTORE) {
            journalAfterCommit(id, now, cause);
        }
        // An unconfirmed address may not be the person's: it learns nothing from us.
        if (account.verified() && cause != ErasureCause.REPLAYED_AFTER_RESTORE) {
            outbox.queueForgottenOnDelivery(
                    new OutgoingMail(
                            null, address, "Your K12JobSpot account is deleted", body(receipt)));
        }
        // Rows and time, ids only: the benchmark of erasure (bench/data.sh) reads this line.
        LOG.log(
                System.Logger.Level.INFO,
                "Account {0} erased ({1}): {2} rows in {3} ms",
                id,
                cause,
                Long.toString(
                        receipt.removed().stream().mapToLong(ErasureReceipt.Removed::count).sum()),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e6));
        return receipt;
    }

    private void journalAfterCommit(AccountId id, Instant now, ErasureCause cause) {
        transactions.registerInterposedSynchronization(
                new Synchronization() {
                    @Override
                    public void beforeCompletion() {}

                    @Override
                    public void afterCompletion(int status) {
                        if (status != Status.STATUS_COMMITTED) {
                            return;
                        }
                        try {
                            journal.append(id, now, cause);
                        } catch (RuntimeException e) {
                            LOG.log(
                                    System.Logger.Level.ERROR,
                                    "Account "
                                            + id
                                            + " is erased but missing from the erasure journal:"
                                            + " a restore of an older backup would bring it back",
                                    e);
                        }
                    }
                });
    }

    /** The staff member's name and log reference, or null. */
    private String staff(String staffId) {
        if (staffId == null) {
            return null;
        }
        var reference = AccessRecord.reference(staffId);
        return store.find(AccountId.parse(staffId))
                .map(a -> a.fullName() + " (" + reference + ")")
                .orElse(reference);
    }

    static String body(ErasureReceipt receipt) {
        var who =
                receipt.cause() == ErasureCause.OWN_REQUEST
                        ? "as you asked on the site"
                        : "by our staff, as you asked us to";
        var lines = receipt.lines().stream().map(l -> "- " + l).collect(Collectors.joining("\n"));
        return """
        Your K12JobSpot account was deleted on %s, %s.

        Removed for good:
        %s

        Only aggregate counts, which never held you, remain. Copies of the database kept \
        as backups are overwritten as they age. You may register again at any time; the \
        new account starts empty.

        This message is deleted from our outbox as soon as it is delivered.
        """
                .formatted(WHEN.format(receipt.erasedAt()), who, lines);
    }
}
