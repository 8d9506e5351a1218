package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountVerified;
import org.k12jobspot.accounts.api.ContactKind;
import org.k12jobspot.accounts.api.ContactMessage;
import org.k12jobspot.accounts.api.ContactRequest;
import org.k12jobspot.accounts.api.ContactRequestId;
import org.k12jobspot.accounts.api.ContactRequests;
import org.k12jobspot.accounts.api.ContactStatus;
import org.k12jobspot.accounts.api.DeletionLinkState;
import org.k12jobspot.accounts.api.ErasureReceipt;
import org.k12jobspot.accounts.api.Erasures;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.ResetLinkState;

/** Keeps contact-page messages, confirms deletion requests by mailed link, and closes requests. */
@ApplicationScoped
@Transactional
public class ContactDesk implements ContactRequests {

    private static final System.Logger LOG = System.getLogger(ContactDesk.class.getName());
    static final int MESSAGE_LENGTH = 4000;
    static final int NOTE_LENGTH = 2000;

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    @Inject AccountStore store;
    @Inject AccountsClock clock;
    @Inject AccountsSettings settings;
    @Inject ContactMail mail;
    @Inject Event<AccountVerified> verified;
    @Inject Erasures erasures;

    @Override
    public ContactRequestId submit(ContactMessage message, Optional<AccountId> sender) {
        var problems = new LinkedHashMap<String, String>();
        if (message.kind() == null) {
            problems.put("kind", "Choose a question or a deletion request.");
        }
        var name =
                ProfileRules.required(
                        message.fullName(), "fullName", 200, "Enter your name.", problems);
        EmailAddresses.problem(message.email()).ifPresent(p -> problems.put("email", p));
        var text =
                ProfileRules.optionalText(message.message(), "message", MESSAGE_LENGTH, problems);
        if (text == null && message.kind() == ContactKind.QUESTION) {
            problems.put("message", "Write your question.");
        }
        ProfileRules.throwIfAny(problems);

        var email = message.email().strip();
        var account = sender.flatMap(store::find).or(() -> store.findByEmail(email));
        var id = ContactRequestId.newId();
        var now = clock.now();
        em.persist(
                new ContactRequestRecord(
                        id,
                        message.kind(),
                        name,
                        email,
                        text,
                        account.map(Account::accountId).orElse(null),
                        now));
        if (message.kind() == ContactKind.DELETION && account.isPresent()) {
            mailLinkIfAllowed(account.get(), now);
        }

        LOG.log(System.Logger.Level.INFO, "Contact request {0} received", id);
        return id;
    }

    @Override
    public DeletionLinkState checkDeletionLink(String token) {
        var found = findToken(token);
        if (found.isEmpty() || store.find(found.get().owner()).isEmpty()) {
            return DeletionLinkState.UNKNOWN;
        }
        return state(found.get().stateAt(clock.now()));
    }

    @Override
    public DeletionLinkState confirmDeletion(String token) {
        var found = findToken(token);
        if (found.isEmpty() || store.find(found.get().owner()).isEmpty()) {
            return DeletionLinkState.UNKNOWN;
        }
        var now = clock.now();
        var state = state(found.get().stateAt(now));
        if (state != DeletionLinkState.USABLE) {
            return state;
        }
        var owner = found.get().owner();
        var waiting = unconfirmedDeletionsOf(owner);
        if (waiting.isEmpty()) {
            return DeletionLinkState.UNKNOWN;
        }

        waiting.forEach(r -> r.confirm(now));
        found.get().spend();
        // Like a reset link, this link proves the address: the receipt of the erasure may go there.
        var account = store.find(owner).orElseThrow();
        if (!account.verified()) {
            account.markVerified(now);
            store.removeTokensOf(owner, TokenPurpose.VERIFY);
            verified.fire(new AccountVerified(owner, now));
        }

        LOG.log(System.Logger.Level.INFO, "Deletion request of account {0} confirmed", owner);
        return DeletionLinkState.CONFIRMED;
    }

    @Override
    public List<ContactRequest> open(int max) {
        return em.createQuery(
                        "select r from ContactRequestRecord r where r.closedAt is null"
                                + " order by r.receivedAt, r.id",
                        ContactRequestRecord.class)
                .setMaxResults(max)
                .getResultStream()
                .map(ContactRequestRecord::view)
                .toList();
    }

    @Override
    public List<ContactRequest> recentlyClosed(int max) {
        return em.createQuery(
                        "select r from ContactRequestRecord r where r.closedAt is not null"
                                + " order by r.closedAt desc, r.id",
                        ContactRequestRecord.class)
                .setMaxResults(max)
                .getResultStream()
                .map(ContactRequestRecord::view)
                .toList();
    }

    @Override
    public Optional<ContactRequest> find(ContactRequestId id) {
        return record(id).map(ContactRequestRecord::view);
    }

    @Override
    public void resendLink(ContactRequestId id, AccountId staff) {
        var request = record(id).filter(r -> r.status() == ContactStatus.UNCONFIRMED);
        var account = request.flatMap(ContactRequestRecord::account).flatMap(store::find);
        if (account.isEmpty()) {
            throw InputRejected.of(
                    "request",
                    "No link can be sent: this is not an unconfirmed deletion request for an"
                            + " account.");
        }

        mailLink(account.get(), clock.now());

        LOG.log(System.Logger.Level.INFO, "Staff {0} resent the link of request {1}", staff, id);
    }

    @Override
    public void decline(ContactRequestId id, AccountId staff, String reason) {
        var request = openRequest(id);
        var problems = new LinkedHashMap<String, String>();
        var note = ProfileRules.optionalText(reason, "reason", NOTE_LENGTH, problems);
        if (note == null) {
            problems.put("reason", "Say why the request is declined; the requester is told.");
        }
        ProfileRules.throwIfAny(problems);

        request.close(ContactStatus.DECLINED, staff, note, clock.now());
        request.account().ifPresent(a -> spendLinksOf(a));
        mail.declined(request.view(), note);

        LOG.log(System.Logger.Level.INFO, "Staff {0} declined request {1}", staff, id);
    }

    @Override
    public void answer(ContactRequestId id, AccountId staff, Optional<String> reply) {
        var request = openRequest(id);
        if (request.kind() != ContactKind.QUESTION) {
            throw InputRejected.of(
                    "request", "A deletion request is erased or declined, not answered.");
        }
        var problems = new LinkedHashMap<String, String>();
        var note = ProfileRules.optionalText(reply.orElse(null), "reply", NOTE_LENGTH, problems);
        ProfileRules.throwIfAny(problems);

        request.close(ContactStatus.ANSWERED, staff, note, clock.now());
        if (note != null) {
            mail.answered(request.view(), note);
        }

        LOG.log(System.Logger.Level.INFO, "Staff {0} answered request {1}", staff, id);
    }

    @Override
    public ErasureReceipt erase(ContactRequestId id, AccountId staff, String reason) {
        var account =
                record(id)
                        .filter(r -> r.status() == ContactStatus.CONFIRMED)
                        .flatMap(ContactRequestRecord::account)
                        .orElseThrow(
                                () ->
                                        InputRejected.of(
                                                "request",
                                                "Only a deletion request that the account's"
                                                        + " owner has confirmed can be erased."));

        // The request is a row of the account: the erasure removes it with everything else.
        var receipt = erasures.eraseOnRequest(account, staff, reason);

        LOG.log(System.Logger.Level.INFO, "Staff {0} erased on request {1}", staff, id);
        return receipt;
    }

    /** Deletes requests closed before the cutoff, with everything their senders wrote. */
    int deleteClosedBefore(Instant cutoff) {
        return em.createQuery("delete from ContactRequestRecord r where r.closedAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private ContactRequestRecord openRequest(ContactRequestId id) {
        return record(id)
                .filter(r -> r.status().open())
                .orElseThrow(
                        () ->
                                InputRejected.of(
                                        "request",
                                        "This request is already closed, or no longer exists."));
    }

    private Optional<ContactRequestRecord> record(ContactRequestId id) {
        return Optional.ofNullable(em.find(ContactRequestRecord.class, id.toString()));
    }

    private List<ContactRequestRecord> unconfirmedDeletionsOf(AccountId account) {
        return em.createQuery(
                        "select r from ContactRequestRecord r where r.accountId = :account"
                                + " and r.status = :status",
                        ContactRequestRecord.class)
                .setParameter("account", account.toString())
                .setParameter("status", ContactStatus.UNCONFIRMED)
                .getResultList();
    }

    /** At most a few links an hour reach one address, however often someone asks. */
    private void mailLinkIfAllowed(Account account, Instant now) {
        var issued =
                store.tokensOf(account.accountId(), TokenPurpose.DELETION).stream()
                        .map(VerificationToken::issuedAt)
                        .toList();
        if (!settings.resetLimit().allowsAnother(issued, now)) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "Deletion link for account {0} not mailed: too many lately",
                    account.accountId());
            return;
        }
        mailLink(account, now);
    }

    /** A newer link replaces the older ones; rows that no longer count towards the limit go. */
    private void mailLink(Account account, Instant now) {
        var limit = settings.resetLimit();
        for (var token : store.tokensOf(account.accountId(), TokenPurpose.DELETION)) {
            if (limit.counts(token.issuedAt(), now)) {
                token.spend();
            } else {
                store.remove(token);
            }
        }
        var lifetime = settings.deletionLinkLifetime();
        var token = store.issueLink(account, TokenPurpose.DELETION, now, lifetime);
        mail.confirmationLink(
                account, settings.baseUrl() + "/confirm-deletion?token=" + token, lifetime);
    }

    private void spendLinksOf(AccountId account) {
        if (unconfirmedDeletionsOf(account).isEmpty()) {
            store.tokensOf(account, TokenPurpose.DELETION).forEach(VerificationToken::spend);
        }
    }

    private Optional<VerificationToken> findToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return store.findToken(Tokens.digest(token.strip()))
                .filter(t -> t.isFor(TokenPurpose.DELETION));
    }

    private static DeletionLinkState state(ResetLinkState state) {
        return switch (state) {
            case USABLE -> DeletionLinkState.USABLE;
            case EXPIRED -> DeletionLinkState.EXPIRED;
            case UNKNOWN -> DeletionLinkState.UNKNOWN;
        };
    }
}
