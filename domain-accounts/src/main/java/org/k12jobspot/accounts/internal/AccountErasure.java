package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.k12jobspot.accounts.api.AccountErased;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.ErasureCause;
import org.k12jobspot.accounts.api.ErasureReceipt;
import org.k12jobspot.accounts.api.Erasures;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.OutgoingMail;
import org.k12jobspot.accounts.api.Role;

/**
 * Erases an account in one transaction: counts its rows in every registered table for the receipt,
 * tells every module (which delete their rows), checks that no registered table holds a row of it
 * any more, and queues the receipt to the confirmed address as a mail forgotten once sent.
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

        return erase(account, ErasureCause.OWN_REQUEST, now);
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

        var receipt = erase(account, ErasureCause.STAFF_ON_REQUEST, clock.now());
        LOG.log(System.Logger.Level.INFO, "Account {0} erased on request by {1}", id, staff);
        return receipt;
    }

    private ErasureReceipt erase(Account account, ErasureCause cause, Instant now) {
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
        // An unconfirmed address may not be the person's: it learns nothing from us.
        if (account.verified()) {
            outbox.queueForgottenOnDelivery(
                    new OutgoingMail(
                            null, address, "Your K12JobSpot account is deleted", body(receipt)));
        }
        LOG.log(System.Logger.Level.INFO, "Account {0} erased ({1})", id, cause);
        return receipt;
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
