package org.k12jobspot.accounts.api;

import java.util.List;

/**
 * Every mail the site sends passes through this durable queue. A message is stored in the caller's
 * transaction and delivered after commit, to the configured SMTP server; without one it stays here,
 * readable by staff.
 */
public interface Outbox {

    void queue(OutgoingMail mail);

    /**
     * Queues a message that is forgotten once delivered: its row is deleted as soon as the SMTP
     * server accepts it (a deletion receipt, the outcome of a deletion request). Give it no
     * recipient account when the account is being erased. Without an SMTP server it stays in the
     * outbox, readable by staff, until one is configured and delivers it.
     */
    void queueForgottenOnDelivery(OutgoingMail mail);

    /**
     * Queues a message to the account's confirmed address.
     *
     * @return false, queuing nothing, when the account does not exist or its address is not
     *     confirmed
     */
    boolean queue(AccountMail mail);

    /** Queues the same transactional message to every account with a confirmed address. */
    int queueToEveryConfirmedAccount(String subject, String body);

    /** Newest first. */
    List<OutboxEntry> recent(int first, int max);

    long size();
}
