package org.k12jobspot.accounts.api;

/** Where a staff member stands: invited (no password chosen yet), active, or disabled. */
public enum StaffStatus {
    INVITED("Invited, no password yet"),
    ACTIVE("Active"),
    DISABLED("Disabled");

    private final String label;

    StaffStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
