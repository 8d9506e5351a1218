package org.k12jobspot.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.consent.api.Purpose;

/** The digest of one unsubscribe link, the account and the purpose it withdraws. */
@Entity
@Table(name = "unsubscribe_tokens")
public class UnsubscribeToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id")
    private String accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "created_at")
    private Instant createdAt;

    protected UnsubscribeToken() {}

    UnsubscribeToken(String tokenHash, AccountId account, Purpose purpose, Instant now) {
        this.tokenHash = tokenHash;
        this.accountId = account.toString();
        this.purpose = purpose;
        this.createdAt = now;
    }

    AccountId account() {
        return AccountId.parse(accountId);
    }

    Purpose purpose() {
        return purpose;
    }
}
