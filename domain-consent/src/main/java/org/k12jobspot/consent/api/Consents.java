package org.k12jobspot.consent.api;

import java.util.List;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.policy.api.PolicyVersionId;

/**
 * A person's consents: the ledger of every decision, the state derived from it, the receipts, and
 * whether the person must accept or be told of a newer policy. Every change appends to the ledger;
 * nothing in it is ever changed.
 */
public interface Consents {

    /** One state per purpose, in the order of {@link Purpose}. */
    List<ConsentState> current(AccountId account);

    ReleaseState release(AccountId account);

    /** Newest first. */
    List<ConsentEntry> history(AccountId account);

    /**
     * Appends a decision and fires {@code ConsentGiven} or {@code ConsentWithdrawn}. A decision
     * that changes nothing is not recorded again.
     *
     * @return whether an entry was appended
     * @throws org.k12jobspot.accounts.api.InputRejected when the change is not allowed, such as
     *     withdrawing acceptance of the policy, or staff acting without a reason
     */
    boolean record(ConsentChange change);

    /**
     * Makes the person's profile release what they chose in the privacy centre, appending the few
     * entries that take the ledger from its current state to the wanted one, all or none.
     */
    void chooseRelease(AccountId account, ReleaseState wanted);

    /** What a signed-in person must see about the policy before anything else, if anything. */
    Optional<PolicyPrompt> policyPrompt(AccountId account);

    /**
     * Records acceptance of the version the person was shown; stored once however often it is
     * called.
     */
    void acceptPolicy(AccountId account, PolicyVersionId shown);

    /** Records that the one-time notice of a non-material change was shown. */
    void noticeShown(AccountId account, PolicyVersionId version);

    /** The receipt of one of the account's own entries; empty for anyone else's. */
    Optional<ConsentReceipt> receipt(AccountId account, ConsentEntryId entry);
}
