package org.k12jobspot.accounts.api;

/**
 * Where a contact request stands. A question is received, then answered or declined; a deletion
 * request waits until the account's owner confirms it through the mailed link, and is then erased
 * (the request goes with the account) or declined.
 */
public enum ContactStatus {
    /** A question waiting for staff. */
    RECEIVED,
    /** A deletion request whose confirmation link has not been used. */
    UNCONFIRMED,
    /** A deletion request confirmed by the account's owner: staff may erase the account. */
    CONFIRMED,
    /** A question staff answered or closed. */
    ANSWERED,
    /** A request staff turned down, with a reason given to the requester. */
    DECLINED;

    /** Waiting for staff or for the requester. */
    public boolean open() {
        return this == RECEIVED || this == UNCONFIRMED || this == CONFIRMED;
    }

    public String title() {
        return switch (this) {
            case RECEIVED -> "Received";
            case UNCONFIRMED -> "Not confirmed";
            case CONFIRMED -> "Confirmed";
            case ANSWERED -> "Answered";
            case DECLINED -> "Declined";
        };
    }
}
