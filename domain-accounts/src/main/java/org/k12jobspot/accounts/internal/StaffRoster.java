package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.NewStaffMember;
import org.k12jobspot.accounts.api.OutgoingMail;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.StaffMember;
import org.k12jobspot.accounts.api.StaffMemberDisabled;
import org.k12jobspot.accounts.api.StaffMembers;
import org.k12jobspot.accounts.api.StaffStatus;

/**
 * Staff accounts as administrators keep them. A new member's account starts with a random password
 * nobody knows and an invitation: a password link (the reset link's machinery, with the lifetime of
 * a verification link) whose use confirms the address and makes the member active.
 */
@ApplicationScoped
@Transactional
public class StaffRoster implements StaffMembers {

    static final String EMAIL_TAKEN =
            "An account already uses this email address; staff need an address of their own.";

    private static final System.Logger LOG = System.getLogger(StaffRoster.class.getName());

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    @Inject AccountStore store;
    @Inject AccountsClock clock;
    @Inject AccountsSettings settings;
    @Inject MailOutbox outbox;
    @Inject Event<StaffMemberDisabled> disabled;

    @Override
    public List<StaffMember> list() {
        return em
                .createQuery("select a from Account a where a.role <> :seeker", Account.class)
                .setParameter("seeker", Role.JOB_SEEKER)
                .getResultList()
                .stream()
                .map(StaffRoster::member)
                .sorted(
                        Comparator.comparing((StaffMember m) -> m.role() != Role.ADMIN)
                                .thenComparing(m -> m.fullName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Override
    public AccountId add(NewStaffMember member, AccountId admin) {
        requireAdmin(admin);
        var problems = new LinkedHashMap<String, String>();
        var name =
                ProfileRules.required(
                        member.fullName(), "fullName", 200, "Enter the full name.", problems);
        EmailAddresses.problemOfSomeoneElses(member.email())
                .ifPresent(p -> problems.put("email", p));
        if (!problems.containsKey("email") && store.findByEmail(member.email()).isPresent()) {
            problems.put("email", EMAIL_TAKEN);
        }
        if (member.role() != Role.STAFF && member.role() != Role.ADMIN) {
            problems.put("role", "Choose staff member or administrator.");
        }
        ProfileRules.throwIfAny(problems);

        var id = AccountId.newId();
        var now = clock.now();
        var account =
                new Account(
                        id,
                        name,
                        member.email().strip(),
                        PasswordHashes.hash(Tokens.newToken()),
                        member.role(),
                        now);
        try {
            store.store(account);
            store.flush();
        } catch (PersistenceException e) {
            throw InputRejected.of("email", EMAIL_TAKEN);
        }
        invite(account);

        LOG.log(System.Logger.Level.INFO, "Staff member {0} added by {1}", id, admin);
        return id;
    }

    @Override
    public void disable(AccountId member, AccountId admin) {
        var activeAdmins = lockActiveAdmins();
        var account = staffAccount(member);
        var problem = StaffRules.disableRefusal(admin, member, activeAdmins);
        if (problem.isPresent()) {
            throw InputRejected.of("member", problem.get());
        }
        if (account.disabled()) {
            return;
        }

        account.disable();

        disabled.fire(new StaffMemberDisabled(member, admin, clock.now()));
        LOG.log(System.Logger.Level.INFO, "Staff member {0} disabled by {1}", member, admin);
    }

    @Override
    public void enable(AccountId member, AccountId admin) {
        requireAdmin(admin);
        var account = staffAccount(member);

        account.enable();

        LOG.log(System.Logger.Level.INFO, "Staff member {0} enabled by {1}", member, admin);
    }

    private void requireAdmin(AccountId admin) {
        store.find(admin)
                .filter(a -> a.role() == Role.ADMIN && a.verified() && !a.disabled())
                .orElseThrow(() -> InputRejected.of("member", StaffRules.NOT_ADMIN));
    }

    private Account staffAccount(AccountId member) {
        return store.find(member)
                .filter(a -> a.role() != Role.JOB_SEEKER)
                .orElseThrow(() -> InputRejected.of("member", "There is no such staff member."));
    }

    /**
     * The ids of the active administrators. Their rows stay locked until the transaction ends, so
     * two administrators disabling each other at the same moment cannot leave none: the second
     * waits, then finds the first no longer active.
     */
    private Set<AccountId> lockActiveAdmins() {
        return em
                .createQuery(
                        "select a from Account a where a.role = :admin and a.disabled = false"
                                + " and a.verified = true",
                        Account.class)
                .setParameter("admin", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .stream()
                .map(Account::accountId)
                .collect(Collectors.toSet());
    }

    private void invite(Account account) {
        var lifetime = settings.verificationLifetime();
        var token = store.issueLink(account, TokenPurpose.RESET, clock.now(), lifetime);
        var link = settings.baseUrl() + "/reset-password?token=" + token;
        var body =
                """
                Hello %s,

                An administrator of K12JobSpot added you to the site's staff. To choose your \
                password, open the link below. It works once and expires in %d hours; after that, \
                use "Forgot your password?" on the sign-in page with this address.

                %s

                If you did not expect this, ignore this message and tell the site's administrators.

                K12JobSpot
                """
                        .formatted(account.fullName(), lifetime.toHours(), link);
        outbox.queue(
                new OutgoingMail(
                        account.accountId(),
                        account.email(),
                        "You are invited to K12JobSpot staff",
                        body));
    }

    private static StaffMember member(Account account) {
        var status =
                account.disabled()
                        ? StaffStatus.DISABLED
                        : account.verified() ? StaffStatus.ACTIVE : StaffStatus.INVITED;
        return new StaffMember(
                account.accountId(), account.fullName(), account.email(), account.role(), status);
    }
}
