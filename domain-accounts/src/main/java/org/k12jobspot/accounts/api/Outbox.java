package org.k12jobspot.accounts.api;

import java.util.List;

/**
 * Every mail the site sends passes through this durable queue. A message is stored in the caller's
 * transaction and delivered after commit, to the configured SMTP server; without one it stays here,
 * readable by staff.
 */
public interface Outbox {

    void queue(OutgoingMail mail);

    /** Newest first. */
    List<OutboxEntry> recent(int first, int max);

    long size();
}
