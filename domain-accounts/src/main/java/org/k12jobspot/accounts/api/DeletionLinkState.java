package org.k12jobspot.accounts.api;

/** What a mailed link that confirms a deletion request can still do, or what it did. */
public enum DeletionLinkState {
    /** The link works: pressing the button confirms the request. */
    USABLE,
    /** The link was just used: the request is confirmed and waits for staff. */
    CONFIRMED,
    EXPIRED,
    /** Never issued, already used, replaced by a newer link, or its account is gone. */
    UNKNOWN
}
