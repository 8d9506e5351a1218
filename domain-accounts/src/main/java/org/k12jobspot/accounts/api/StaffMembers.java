package org.k12jobspot.accounts.api;

import java.util.List;

/**
 * The site's staff, kept by administrators. A new member gets a mail with a single-use link to
 * choose their password; nobody else ever sees or sends it. A disabled member cannot sign in. An
 * administrator cannot disable themselves, nor the last active administrator. Job seekers' accounts
 * are never turned into staff: staff use an address of their own.
 *
 * <p>Every method throws {@link InputRejected} on field {@code member} when the caller is not an
 * active administrator or the rule above refuses.
 */
public interface StaffMembers {

    /** Every staff account, administrators first, then by name. */
    List<StaffMember> list();

    /**
     * @throws InputRejected also on {@code fullName}, {@code email} (including an address any
     *     account already uses) and {@code role}
     */
    AccountId add(NewStaffMember member, AccountId admin);

    void disable(AccountId member, AccountId admin);

    void enable(AccountId member, AccountId admin);
}
