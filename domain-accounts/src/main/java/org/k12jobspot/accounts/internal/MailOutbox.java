package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountMail;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.OutboxEntry;
import org.k12jobspot.accounts.api.OutgoingMail;

/** The outbox table: mail joins the caller's transaction and leaves only once delivered. */
@ApplicationScoped
@Transactional
public class MailOutbox implements Outbox {

    private static final System.Logger LOG = System.getLogger(MailOutbox.class.getName());

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    @Inject AccountsClock clock;

    @Override
    public void queue(OutgoingMail mail) {
        var queued = new QueuedMail(mail, clock.now());
        em.persist(queued);
        LOG.log(System.Logger.Level.INFO, "Mail {0} queued", queued.id());
    }

    @Override
    public void queueForgottenOnDelivery(OutgoingMail mail) {
        var queued = new QueuedMail(mail, clock.now());
        queued.forgetOnDelivery();
        em.persist(queued);
        LOG.log(
                System.Logger.Level.INFO,
                "Mail {0} queued, to be forgotten once sent",
                queued.id());
    }

    @Override
    public boolean queue(AccountMail mail) {
        var account = em.find(Account.class, mail.recipient().toString());
        if (account == null || !account.verified()) {
            return false;
        }
        var queued = new QueuedMail(mail, account.email(), clock.now());
        em.persist(queued);
        LOG.log(System.Logger.Level.INFO, "Mail {0} queued", queued.id());
        return true;
    }

    @Override
    public int queueToEveryConfirmedAccount(String subject, String body) {
        var now = clock.now();
        var recipients =
                em.createQuery(
                                "select a.id, a.email from Account a where a.verified = true",
                                Object[].class)
                        .getResultList();
        for (var recipient : recipients) {
            var id = AccountId.parse((String) recipient[0]);
            var mail = AccountMail.transactional(id, subject, body);
            em.persist(new QueuedMail(mail, (String) recipient[1], now));
        }
        LOG.log(System.Logger.Level.INFO, "Mail queued to {0} accounts", recipients.size());
        return recipients.size();
    }

    @Override
    public List<OutboxEntry> recent(int first, int max) {
        return em.createQuery(
                        "select m from QueuedMail m order by m.queuedAt desc, m.id",
                        QueuedMail.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(QueuedMail::entry)
                .toList();
    }

    @Override
    public long size() {
        return em.createQuery("select count(m) from QueuedMail m", Long.class).getSingleResult();
    }

    List<QueuedMail> pending(int max, int maxAttempts) {
        return em.createQuery(
                        "select m from QueuedMail m where m.sentAt is null and m.attempts < :max"
                                + " order by m.queuedAt",
                        QueuedMail.class)
                .setParameter("max", maxAttempts)
                .setMaxResults(max)
                .getResultList();
    }

    void markSent(String id) {
        var mail = em.find(QueuedMail.class, id);
        if (mail == null) {
            return;
        }
        if (mail.forgottenOnDelivery()) {
            em.remove(mail);
            LOG.log(System.Logger.Level.INFO, "Mail {0} forgotten after delivery", id);
        } else {
            mail.sent(clock.now());
        }
    }

    void markFailed(String id) {
        var mail = em.find(QueuedMail.class, id);
        if (mail != null) {
            mail.failed();
        }
    }
}
