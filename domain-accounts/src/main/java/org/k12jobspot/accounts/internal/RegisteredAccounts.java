package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountRegistered;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.AccountVerified;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.OutgoingMail;
import org.k12jobspot.accounts.api.PasswordChanged;
import org.k12jobspot.accounts.api.PasswordResetOutcome;
import org.k12jobspot.accounts.api.Registration;
import org.k12jobspot.accounts.api.ResetLinkState;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.VerificationOutcome;

/** Opens accounts, confirms their addresses, and changes and resets their passwords. */
@ApplicationScoped
@Transactional
public class RegisteredAccounts implements Accounts {

    private static final System.Logger LOG = System.getLogger(RegisteredAccounts.class.getName());
    static final String EMAIL_TAKEN =
            "An account with this email address already exists. Sign in, or check your mail"
                    + " for the confirmation link.";

    static final String WRONG_CURRENT_PASSWORD =
            "This is not your current password, or changes are paused for a few minutes after"
                    + " too many attempts.";

    @Inject AccountStore store;
    @Inject AccountsClock clock;
    @Inject AccountsSettings settings;
    @Inject MailOutbox outbox;
    @Inject Event<AccountRegistered> registered;
    @Inject Event<AccountVerified> verified;
    @Inject Event<PasswordChanged> passwordChanged;

    @Override
    public AccountId register(Registration registration) {
        var problems = new LinkedHashMap<String, String>();
        var name =
                ProfileRules.required(
                        registration.fullName(),
                        "fullName",
                        200,
                        "Enter your full name.",
                        problems);
        EmailAddresses.problem(registration.email()).ifPresent(p -> problems.put("email", p));
        PasswordPolicy.problem(registration.password(), registration.email())
                .ifPresent(p -> problems.put("password", p));
        if (!problems.containsKey("email") && store.findByEmail(registration.email()).isPresent()) {
            problems.put("email", EMAIL_TAKEN);
        }
        ProfileRules.throwIfAny(problems);

        var id = AccountId.newId();
        var now = clock.now();
        var account =
                new Account(
                        id,
                        name,
                        registration.email().strip(),
                        PasswordHashes.hash(registration.password()),
                        Role.JOB_SEEKER,
                        now);
        try {
            store.store(account);
            store.flush();
        } catch (PersistenceException e) {
            // Two registrations of one address raced past the check above.
            throw InputRejected.of("email", EMAIL_TAKEN);
        }
        sendVerification(account);

        registered.fire(new AccountRegistered(id, now));
        LOG.log(System.Logger.Level.INFO, "Account {0} registered", id);
        return id;
    }

    @Override
    public VerificationOutcome verify(String token) {
        var found = findToken(token, TokenPurpose.VERIFY);
        if (found.isEmpty()) {
            return VerificationOutcome.UNKNOWN;
        }
        var now = clock.now();
        if (found.get().expiredAt(now)) {
            return VerificationOutcome.EXPIRED;
        }
        var owner = found.get().owner();
        var account = store.find(owner);
        if (account.isEmpty()) {
            return VerificationOutcome.UNKNOWN;
        }

        account.get().markVerified(now);
        store.removeTokensOf(owner, TokenPurpose.VERIFY);

        verified.fire(new AccountVerified(owner, now));
        LOG.log(System.Logger.Level.INFO, "Account {0} verified", owner);
        return VerificationOutcome.VERIFIED;
    }

    @Override
    public void resendVerification(String email) {
        if (email == null || EmailAddresses.problem(email).isPresent()) {
            return;
        }
        var account = store.findByEmail(email).filter(a -> !a.verified());
        if (account.isEmpty()) {
            return;
        }
        var owner = account.get().accountId();
        var issued =
                store.tokensOf(owner, TokenPurpose.VERIFY).stream()
                        .map(VerificationToken::issuedAt)
                        .toList();
        if (!settings.resetLimit().allowsAnother(issued, clock.now())) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "Verification link for account {0} not mailed again: too many lately",
                    owner);
            return;
        }
        sendVerification(account.get());
    }

    @Override
    public Optional<AccountSummary> find(AccountId id) {
        return store.find(id).map(Account::summary);
    }

    @Override
    public boolean mustChangePassword(AccountId id) {
        return store.find(id).map(Account::mustChangePassword).orElse(false);
    }

    @Override
    // A wrong current password must count towards the sign-in lock even though it is refused.
    @Transactional(dontRollbackOn = InputRejected.class)
    public void changePassword(AccountId id, String currentPassword, String newPassword) {
        var account =
                store.find(id)
                        .orElseThrow(
                                () ->
                                        InputRejected.of(
                                                "currentPassword",
                                                "This account no longer exists."));
        var now = clock.now();
        if (account.lockedAt(now)) {
            throw InputRejected.of("currentPassword", WRONG_CURRENT_PASSWORD);
        }
        if (currentPassword == null
                || !PasswordHashes.matches(currentPassword, account.passwordHash())) {
            account.signInFailed(now, settings.signInLock());
            throw InputRejected.of("currentPassword", WRONG_CURRENT_PASSWORD);
        }
        PasswordPolicy.problem(newPassword, account.email())
                .ifPresent(
                        p -> {
                            throw InputRejected.of("newPassword", p);
                        });
        if (newPassword.equals(currentPassword)) {
            throw InputRejected.of(
                    "newPassword", "Choose a password different from the current one.");
        }

        account.signInSucceeded();
        account.changePasswordHash(PasswordHashes.hash(newPassword));

        passwordChanged.fire(new PasswordChanged(id, now));
        LOG.log(System.Logger.Level.INFO, "Account {0} has new credentials", id);
    }

    @Override
    public void requestPasswordReset(String email) {
        if (email == null || EmailAddresses.problem(email).isPresent()) {
            return;
        }
        var account = store.findByEmail(email);
        if (account.isEmpty()) {
            return;
        }
        var owner = account.get().accountId();
        var now = clock.now();
        var limit = settings.resetLimit();
        var earlier = store.tokensOf(owner, TokenPurpose.RESET);
        var issued = earlier.stream().map(VerificationToken::issuedAt).toList();
        if (!limit.allowsAnother(issued, now)) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "Password reset for account {0} not mailed: too many lately",
                    owner);
            return;
        }

        // A newer link replaces the older ones; rows that no longer count towards the limit go.
        for (var token : earlier) {
            if (limit.counts(token.issuedAt(), now)) {
                token.spend();
            } else {
                store.remove(token);
            }
        }
        sendPasswordReset(account.get(), now);

        LOG.log(System.Logger.Level.INFO, "Password reset link mailed for account {0}", owner);
    }

    @Override
    public ResetLinkState checkResetLink(String token) {
        var found = findToken(token, TokenPurpose.RESET);
        if (found.isEmpty() || store.find(found.get().owner()).isEmpty()) {
            return ResetLinkState.UNKNOWN;
        }
        return found.get().stateAt(clock.now());
    }

    @Override
    public PasswordResetOutcome resetPassword(String token, String newPassword) {
        var found = findToken(token, TokenPurpose.RESET);
        var account = found.flatMap(t -> store.find(t.owner()));
        if (account.isEmpty()) {
            return PasswordResetOutcome.UNKNOWN;
        }
        var now = clock.now();
        switch (found.get().stateAt(now)) {
            case UNKNOWN -> {
                return PasswordResetOutcome.UNKNOWN;
            }
            case EXPIRED -> {
                return PasswordResetOutcome.EXPIRED;
            }
            case USABLE -> {}
        }
        PasswordPolicy.problem(newPassword, account.get().email())
                .ifPresent(
                        p -> {
                            throw InputRejected.of("newPassword", p);
                        });

        var owner = account.get().accountId();
        var wasVerified = account.get().verified();
        account.get().resetPassword(PasswordHashes.hash(newPassword), now);
        found.get().spend();
        store.removeTokensOf(owner, TokenPurpose.VERIFY);

        if (!wasVerified) {
            verified.fire(new AccountVerified(owner, now));
        }
        passwordChanged.fire(new PasswordChanged(owner, now));
        LOG.log(System.Logger.Level.INFO, "Account {0} has new credentials by reset link", owner);
        return PasswordResetOutcome.RESET;
    }

    private Optional<VerificationToken> findToken(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return store.findToken(Tokens.digest(token.strip())).filter(t -> t.isFor(purpose));
    }

    private void sendVerification(Account account) {
        var token =
                store.issueLink(
                        account, TokenPurpose.VERIFY, clock.now(), settings.verificationLifetime());
        var link = settings.baseUrl() + "/verify?token=" + token;
        var body =
                """
                Hello %s,

                Please confirm that this is your email address by opening the link below and \
                pressing "Confirm my email address". The link works once and expires in %d hours.

                %s

                If you did not register on K12JobSpot, ignore this message; without confirmation \
                the registration stays inactive.

                K12JobSpot
                """
                        .formatted(
                                account.fullName(),
                                settings.verificationLifetime().toHours(),
                                link);
        outbox.queue(
                new OutgoingMail(
                        account.accountId(),
                        account.email(),
                        "Confirm your email address for K12JobSpot",
                        body));
    }

    /** Transactional mail: it goes out whatever the person chose about other mail. */
    private void sendPasswordReset(Account account, Instant now) {
        var lifetime = settings.resetLifetime();
        var token = store.issueLink(account, TokenPurpose.RESET, now, lifetime);
        var link = settings.baseUrl() + "/reset-password?token=" + token;
        var body =
                """
                Hello %s,

                Someone asked to reset the password of your K12JobSpot account. To choose a new \
                password, open the link below. It works once, expires in %d minutes, and \
                replaces any reset link we sent you before.

                %s

                If you did not ask for this, ignore this message: your password stays as it is.

                K12JobSpot
                """
                        .formatted(account.fullName(), lifetime.toMinutes(), link);
        outbox.queue(
                new OutgoingMail(
                        account.accountId(),
                        account.email(),
                        "Reset your K12JobSpot password",
                        body));
    }
}
