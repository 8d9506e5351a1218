package org.k12jobspot.accounts.api;

import java.util.List;
import java.util.Optional;

/**
 * Questions and deletion requests sent through the contact page, and the staff queue that answers
 * them. A deletion request for an address with an account mails a single-use confirmation link to
 * that account's address; only once it is confirmed may staff erase the account, giving a reason.
 * The requester is told every outcome by mail. The answer to a sender never says whether their
 * address has an account.
 */
public interface ContactRequests {

    /**
     * Keeps the message for staff. For a deletion request whose address (or signed-in sender) has
     * an account, mails the confirmation link to that account's address.
     *
     * @param sender the signed-in account that sends it, if any
     * @throws InputRejected naming each field ({@code kind}, {@code fullName}, {@code email},
     *     {@code message}) that is missing or not acceptable; nothing is kept then
     */
    ContactRequestId submit(ContactMessage message, Optional<AccountId> sender);

    /** Looks at a confirmation link without using it (mail scanners open links too). */
    DeletionLinkState checkDeletionLink(String token);

    /** Uses the link: the account's unconfirmed deletion requests become confirmed. */
    DeletionLinkState confirmDeletion(String token);

    /** Requests waiting for staff or for the requester, oldest first. */
    List<ContactRequest> open(int max);

    /** Requests answered or declined, most recently closed first. */
    List<ContactRequest> recentlyClosed(int max);

    Optional<ContactRequest> find(ContactRequestId id);

    /**
     * Mails a new confirmation link for an unconfirmed deletion request; earlier links stop
     * working.
     *
     * @throws InputRejected on field {@code request} when the request is not an unconfirmed
     *     deletion request with an account
     */
    void resendLink(ContactRequestId id, AccountId staff);

    /**
     * Turns an open request down and mails the reason to the requester.
     *
     * @throws InputRejected on field {@code reason} when none is given, or {@code request} when the
     *     request is closed
     */
    void decline(ContactRequestId id, AccountId staff, String reason);

    /**
     * Closes a question, mailing the reply to the requester when one is given.
     *
     * @throws InputRejected on field {@code reply}, or {@code request} when it is not an open
     *     question
     */
    void answer(ContactRequestId id, AccountId staff, Optional<String> reply);

    /**
     * Erases the account of a confirmed deletion request, through {@link Erasures#eraseOnRequest},
     * which mails the receipt to the account's address; the request goes with the account.
     *
     * @throws InputRejected on field {@code request} when the request is not a deletion request its
     *     account's owner confirmed, or {@code reason} when no reason is given; nothing is erased
     *     then
     */
    ErasureReceipt erase(ContactRequestId id, AccountId staff, String reason);
}
