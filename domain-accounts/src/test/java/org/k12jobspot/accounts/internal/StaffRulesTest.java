package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.api.AccountId;

class StaffRulesTest {

    private final AccountId first = AccountId.newId();
    private final AccountId second = AccountId.newId();
    private final AccountId staff = AccountId.newId();

    @Test
    void letsAnActiveAdministratorDisableAStaffMember() {
        assertThat(StaffRules.disableRefusal(first, staff, Set.of(first))).isEmpty();
    }

    @Test
    void letsAnActiveAdministratorDisableAnotherAdministrator() {
        assertThat(StaffRules.disableRefusal(first, second, Set.of(first, second))).isEmpty();
    }

    @Test
    void refusesAnAdministratorDisablingThemselves() {
        assertThat(StaffRules.disableRefusal(first, first, Set.of(first, second)))
                .contains(StaffRules.NOT_YOURSELF);
    }

    @Test
    void refusesAStaffMemberWhoIsNotAnAdministrator() {
        assertThat(StaffRules.disableRefusal(staff, second, Set.of(first, second)))
                .contains(StaffRules.NOT_ADMIN);
    }

    @Test
    void keepsTheLastActiveAdministratorWhenTwoDisableEachOther() {
        var firstDisablesSecond = StaffRules.disableRefusal(first, second, Set.of(first, second));

        // The second waited for the first's lock and now reads only the first as active.
        var secondDisablesFirst = StaffRules.disableRefusal(second, first, Set.of(first));

        assertThat(firstDisablesSecond).isEmpty();
        assertThat(secondDisablesFirst).contains(StaffRules.NOT_ADMIN);
    }
}
