package org.k12jobspot.consent.api;

/** Where a consent decision came from, as the ledger records it. */
public enum ConsentSource {
    REGISTRATION("Registration"),
    PRIVACY_CENTRE("Privacy centre"),
    POLICY_UPDATE("Acceptance of an updated policy"),
    STAFF_ON_REQUEST("Staff, at the person's request"),
    UNSUBSCRIBE_LINK("Unsubscribe link");

    private final String title;

    ConsentSource(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
