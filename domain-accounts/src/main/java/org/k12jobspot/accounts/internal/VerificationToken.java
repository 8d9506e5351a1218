package org.k12jobspot.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.k12jobspot.accounts.api.AccountId;

/**
 * A pending email verification. Only the SHA-256 of the emailed token is kept, so a copy of the
 * database cannot verify anyone; the row is removed when the link is used.
 */
@Entity
@Table(name = "verification_tokens")
public class VerificationToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected VerificationToken() {}

    VerificationToken(String tokenHash, AccountId owner, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = owner.toString();
        this.expiresAt = expiresAt;
    }

    AccountId owner() {
        return AccountId.parse(accountId);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
