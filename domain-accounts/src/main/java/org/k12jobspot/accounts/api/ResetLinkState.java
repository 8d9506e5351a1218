package org.k12jobspot.accounts.api;

/**
 * Whether a password-reset link can still be used, as far as anyone may know before choosing a new
 * password with it. Looking does not use the link up.
 */
public enum ResetLinkState {
    USABLE,
    /** Genuine but too old. */
    EXPIRED,
    /** Never issued, already used, replaced by a newer one, or its account gone. */
    UNKNOWN
}
