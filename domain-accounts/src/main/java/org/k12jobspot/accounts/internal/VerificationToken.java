package org.k12jobspot.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.ResetLinkState;

/**
 * A link mailed to an account's address to prove that its owner reads that mail: to confirm the
 * address, or to reset a forgotten password. Only the SHA-256 of the emailed token is kept, so a
 * copy of the database cannot verify anyone or take over an account. A verification row is removed
 * when its link is used; a reset row is kept, spent, for as long as it counts towards the limit of
 * reset mails.
 */
@Entity
@Table(name = "verification_tokens")
public class VerificationToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id")
    private String accountId;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    private boolean spent;

    protected VerificationToken() {}

    VerificationToken(
            String tokenHash,
            AccountId owner,
            TokenPurpose purpose,
            Instant issuedAt,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = owner.toString();
        this.purpose = purpose;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    AccountId owner() {
        return AccountId.parse(accountId);
    }

    boolean isFor(TokenPurpose wanted) {
        return purpose == wanted;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** A spent link never works again, even before it expires. */
    ResetLinkState stateAt(Instant now) {
        if (spent) {
            return ResetLinkState.UNKNOWN;
        }
        return expiredAt(now) ? ResetLinkState.EXPIRED : ResetLinkState.USABLE;
    }

    /** Used, or replaced by a newer link. */
    void spend() {
        spent = true;
    }

    /** Rows from before this column existed have no issue time; they are verification rows. */
    Instant issuedAt() {
        return issuedAt == null ? Instant.EPOCH : issuedAt;
    }
}
