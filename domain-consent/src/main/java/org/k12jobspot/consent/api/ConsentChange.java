package org.k12jobspot.consent.api;

import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;

/**
 * A decision to record: give or withdraw {@code purpose} for {@code account}. A profile release may
 * name one employer. Staff acting on a request give their own account and a reason.
 */
public record ConsentChange(
        AccountId account,
        Purpose purpose,
        boolean give,
        Optional<EmployerId> employer,
        ConsentSource source,
        Optional<AccountId> actingStaff,
        Optional<String> reason) {

    /** A change the person makes themselves, from the privacy centre. */
    public static ConsentChange byPerson(AccountId account, Purpose purpose, boolean give) {
        return new ConsentChange(
                account,
                purpose,
                give,
                Optional.empty(),
                ConsentSource.PRIVACY_CENTRE,
                Optional.empty(),
                Optional.empty());
    }

    /** A release to, or its withdrawal from, one employer, made by the person. */
    public static ConsentChange releaseByPerson(
            AccountId account, EmployerId employer, boolean give) {
        return new ConsentChange(
                account,
                Purpose.PROFILE_RELEASE,
                give,
                Optional.of(employer),
                ConsentSource.PRIVACY_CENTRE,
                Optional.empty(),
                Optional.empty());
    }
}
