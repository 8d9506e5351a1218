package org.k12jobspot.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.policy.api.PolicyVersionId;

/** That a person was shown the one-time notice of a non-material policy change. */
@Entity
@Table(name = "policy_notices")
public class PolicyNotice {

    @Id private String id;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "policy_version")
    private String policyVersion;

    @Column(name = "shown_at")
    private Instant shownAt;

    protected PolicyNotice() {}

    PolicyNotice(AccountId account, PolicyVersionId version, Instant now) {
        this.id = key(account, version);
        this.accountId = account.toString();
        this.policyVersion = version.toString();
        this.shownAt = now;
    }

    static String key(AccountId account, PolicyVersionId version) {
        return account + "/" + version;
    }
}
