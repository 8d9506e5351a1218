package org.k12jobspot.accounts.internal;

import java.util.Optional;
import java.util.Set;
import org.k12jobspot.accounts.api.AccountId;

/** Who may disable whom among the staff. */
final class StaffRules {

    static final String NOT_ADMIN = "Only an active administrator can change the staff.";
    static final String NOT_YOURSELF = "You cannot disable your own account.";

    private StaffRules() {}

    /**
     * Why {@code admin} may not disable {@code member}, if they may not: only an active
     * administrator disables, and never themselves. So the last active administrator is never
     * disabled: whoever disables an administrator is another active one, who remains. {@code
     * activeAdmins} must be read under a lock for this to hold when two act at once.
     */
    static Optional<String> disableRefusal(
            AccountId admin, AccountId member, Set<AccountId> activeAdmins) {
        if (!activeAdmins.contains(admin)) {
            return Optional.of(NOT_ADMIN);
        }
        if (admin.equals(member)) {
            return Optional.of(NOT_YOURSELF);
        }
        return Optional.empty();
    }
}
