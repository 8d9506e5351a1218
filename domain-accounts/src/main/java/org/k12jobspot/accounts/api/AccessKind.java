package org.k12jobspot.accounts.api;

/** What a staff member did with an account's data, as the access log records it. */
public enum AccessKind {
    OPENED("Opened"),
    CORRECTED("Corrected"),
    DELETED("Deleted");

    private final String label;

    AccessKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
