package org.k12jobspot.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountMark;
import org.k12jobspot.accounts.api.AccountSort;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.Role;

/**
 * An account: a person's name, email address, password hash and standing. Born unverified; the
 * first followed verification link makes it verified. Repeated wrong passwords lock sign-in for a
 * while.
 */
@Entity
@Table(name = "accounts")
public class Account {

    @Id private String id;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "name_key")
    private String nameKey;

    private String email;

    @Column(name = "email_key")
    private String emailKey;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean verified;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    private boolean disabled;

    protected Account() {}

    Account(
            AccountId id,
            String fullName,
            String email,
            String passwordHash,
            Role role,
            Instant now) {
        this.id = id.toString();
        this.fullName = fullName;
        this.nameKey = SearchKeys.of(fullName);
        this.email = email;
        this.emailKey = EmailAddresses.key(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.registeredAt = now;
    }

    AccountId accountId() {
        return AccountId.parse(id);
    }

    /** Where a page of the staff list that ends with this account ends, in the given order. */
    AccountMark mark(AccountSort sort) {
        var key =
                switch (sort) {
                    case NAME -> nameKey;
                    case EMAIL -> emailKey;
                    case REGISTERED -> null;
                };
        return new AccountMark(
                sort, key, sort == AccountSort.REGISTERED ? registeredAt : null, accountId());
    }

    AccountSummary summary() {
        return new AccountSummary(accountId(), fullName, email, role, verified, registeredAt);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void signInFailed(Instant now, SignInLock lock) {
        failedSignIns++;
        if (failedSignIns >= lock.maxFailures()) {
            lockedUntil = now.plus(lock.duration());
            failedSignIns = 0;
        }
    }

    void signInSucceeded() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    void markVerified(Instant now) {
        verified = true;
        verifiedAt = now;
    }

    void changePasswordHash(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    /**
     * A new password chosen through a reset link. Following the link proved that the person reads
     * mail at this address, so the address counts as confirmed and a sign-in lock is lifted. A
     * required password change is settled too: it is only ever required of a one-time password that
     * someone else saw, and the new password is the owner's own choice.
     */
    void resetPassword(String newHash, Instant now) {
        changePasswordHash(newHash);
        signInSucceeded();
        if (!verified) {
            markVerified(now);
        }
    }

    /** A staff correction of the name; the search key follows it. */
    void correctName(String newName) {
        fullName = newName;
        nameKey = SearchKeys.of(newName);
    }

    /** A staff correction of the address; uniqueness is checked by the caller and the index. */
    void correctEmail(String newEmail) {
        email = newEmail;
        emailKey = EmailAddresses.key(newEmail);
    }

    void disable() {
        disabled = true;
    }

    void enable() {
        disabled = false;
    }

    boolean disabled() {
        return disabled;
    }

    void requirePasswordChange() {
        mustChangePassword = true;
    }

    String fullName() {
        return fullName;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean verified() {
        return verified;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }
}
