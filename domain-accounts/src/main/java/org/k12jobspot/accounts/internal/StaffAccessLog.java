package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.k12jobspot.accounts.api.AccessEntry;
import org.k12jobspot.accounts.api.AccessKind;
import org.k12jobspot.accounts.api.AccessLog;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Role;

/**
 * The staff access log in the accounts module's table. Offers no way to change or remove an entry;
 * entries about an account go only with the account's erasure.
 */
@ApplicationScoped
@Transactional
public class StaffAccessLog implements AccessLog {

    static final String OPEN_REASON = "Say why you need to open this account's data.";
    static final String CHANGE_REASON = "Say why you make this change.";
    static final String NOT_STAFF = "Only active staff can open or change an account's data.";

    private static final System.Logger LOG = System.getLogger(StaffAccessLog.class.getName());

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    @Inject AccountStore store;
    @Inject AccountsClock clock;

    @Override
    public void opened(AccountId account, AccountId staff, String what, String reason) {
        var clean = Reasons.required(reason, OPEN_REASON);
        var role = activeStaffRole(staff);
        requireAccount(account);

        write(account, staff, role, AccessKind.OPENED, what, clean);
    }

    @Override
    public void changed(AccountId account, AccountId staff, String what, String reason) {
        var clean = Reasons.required(reason, CHANGE_REASON);
        var role = activeStaffRole(staff);
        requireAccount(account);

        write(account, staff, role, AccessKind.CORRECTED, what, clean);
    }

    @Override
    public List<AccessEntry> entriesAbout(AccountId account) {
        return em
                .createQuery(
                        "select r from AccessRecord r where r.accountId = :account"
                                + " order by r.occurredAt desc, r.id",
                        AccessRecord.class)
                .setParameter("account", account.toString())
                .getResultList()
                .stream()
                .map(AccessRecord::entry)
                .toList();
    }

    /** The role of an active (enabled, confirmed) staff member. */
    Role activeStaffRole(AccountId staff) {
        return store.find(staff)
                .filter(a -> a.role() != Role.JOB_SEEKER && a.verified() && !a.disabled())
                .map(Account::role)
                .orElseThrow(() -> InputRejected.of("account", NOT_STAFF));
    }

    void write(
            AccountId account,
            AccountId staff,
            Role role,
            AccessKind kind,
            String what,
            String reason) {
        em.persist(new AccessRecord(account, staff, role, kind, what, reason, clock.now()));
        LOG.log(
                System.Logger.Level.INFO,
                "Staff {0} {1} data of account {2}",
                staff,
                kind.label().toLowerCase(java.util.Locale.ROOT),
                account);
    }

    private void requireAccount(AccountId account) {
        if (store.find(account).isEmpty()) {
            throw InputRejected.of("account", "There is no account with this id.");
        }
    }
}
