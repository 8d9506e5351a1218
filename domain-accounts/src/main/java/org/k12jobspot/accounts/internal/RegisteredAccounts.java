package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountRegistered;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.AccountVerified;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.OutgoingMail;
import org.k12jobspot.accounts.api.Registration;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.VerificationOutcome;

/** Opens accounts, confirms their addresses and changes their passwords. */
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
        if (token == null || token.isBlank() || token.length() > 100) {
            return VerificationOutcome.UNKNOWN;
        }
        var found = store.findToken(Tokens.digest(token.strip()));
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
        store.removeTokensOf(owner);

        verified.fire(new AccountVerified(owner, now));
        LOG.log(System.Logger.Level.INFO, "Account {0} verified", owner);
        return VerificationOutcome.VERIFIED;
    }

    @Override
    public void resendVerification(String email) {
        if (email == null || EmailAddresses.problem(email).isPresent()) {
            return;
        }
        store.findByEmail(email).filter(a -> !a.verified()).ifPresent(this::sendVerification);
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

        LOG.log(System.Logger.Level.INFO, "Account {0} has new credentials", id);
    }

    private void sendVerification(Account account) {
        var token = Tokens.newToken();
        var expires = clock.now().plus(settings.verificationLifetime());
        store.store(new VerificationToken(Tokens.digest(token), account.accountId(), expires));
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
}
