package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import org.k12jobspot.accounts.api.Role;

/**
 * Checks email and password for Jakarta Security. The caller's name is the account id, never the
 * email address, so no personal data travels with the principal.
 *
 * <p>Every refusal is the same answer, and costs the same time, whatever its cause: a wrong
 * password, an address without account (checked against a decoy hash) and a disabled account (its
 * password is checked all the same) each run one password hash and count towards a lock; a locked
 * account or address is refused before any hashing, so a guesser who keeps trying costs almost
 * nothing once locked out. Hashing waits for one of a few slots (see {@link HashingSlots}); an
 * attempt that gets none in time is refused with the same answer, without counting.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final System.Logger LOG = System.getLogger(AccountIdentityStore.class.getName());

    @Inject AccountStore store;
    @Inject AccountsClock clock;
    @Inject AccountsSettings settings;
    @Inject UnknownAddressLocks unknownAddresses;

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        var email = login.getCaller();
        var password = login.getPasswordAsString();
        if (email == null
                || password == null
                || password.length() > PasswordPolicy.MAX_LENGTH * 4) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        var found = store.findByEmail(email);
        var now = clock.now();
        if (found.isEmpty()) {
            return refuseUnknown(email, password, now);
        }
        var account = found.get();
        if (account.lockedAt(now)) {
            return CredentialValidationResult.INVALID_RESULT;
        }

        var matched = PasswordHashes.matchesAtSignIn(password, account.passwordHash());
        if (matched.isEmpty()) {
            // Every hashing slot stayed busy: refused like a wrong password, but not counted as
            // one, so a flood by someone else cannot lock the account.
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!matched.get()) {
            account.signInFailed(now, settings.signInLock());
            if (account.lockedAt(now)) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Sign-in to account {0} locked after repeated failures",
                        account.accountId());
            }
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.disabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        account.signInSucceeded();

        return new CredentialValidationResult(account.accountId().toString(), groupsOf(account));
    }

    private CredentialValidationResult refuseUnknown(String email, String password, Instant now) {
        if (unknownAddresses.lockedAt(email, now)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (PasswordHashes.spendDecoyTime(password)) {
            unknownAddresses.signInFailed(email, now, settings.signInLock());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        return result.getCallerGroups();
    }

    private static Set<String> groupsOf(Account account) {
        if (!account.verified()) {
            return Set.of(Role.UNVERIFIED_GROUP);
        }
        return switch (account.role()) {
            case JOB_SEEKER -> Set.of(Role.JOB_SEEKER_GROUP);
            case STAFF -> Set.of(Role.STAFF_GROUP);
            case ADMIN -> Set.of(Role.STAFF_GROUP, Role.ADMIN_GROUP);
        };
    }
}
