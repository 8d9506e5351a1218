package org.k12jobspot.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.k12jobspot.accounts.api.AccountMail;
import org.k12jobspot.accounts.api.OutboxEntry;
import org.k12jobspot.accounts.api.OutgoingMail;

/** A message in the outbox: stored with the change that caused it, sent after commit. */
@Entity
@Table(name = "outbox_mail")
public class QueuedMail {

    private static final Pattern LINK_TOKEN = Pattern.compile("([?&]token=)[A-Za-z0-9_-]+");

    @Id private String id;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "to_address")
    private String to;

    private String subject;
    private String body;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int attempts;

    /** The one-click unsubscribe address of a message about the site's own products. */
    @Column(name = "list_unsubscribe")
    private String listUnsubscribe;

    /** Deleted once delivered, so nothing of the message remains (a deletion receipt). */
    @Column(name = "forget_on_delivery")
    private boolean forgetOnDelivery;

    protected QueuedMail() {}

    QueuedMail(OutgoingMail mail, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = mail.recipient() == null ? null : mail.recipient().toString();
        this.to = mail.to();
        this.subject = mail.subject();
        this.body = mail.body();
        this.queuedAt = now;
    }

    QueuedMail(AccountMail mail, String to, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = mail.recipient().toString();
        this.to = to;
        this.subject = mail.subject();
        this.body = mail.body();
        this.listUnsubscribe = mail.listUnsubscribe();
        this.queuedAt = now;
    }

    void sent(Instant now) {
        sentAt = now;
        attempts++;
    }

    void forgetOnDelivery() {
        forgetOnDelivery = true;
    }

    boolean forgottenOnDelivery() {
        return forgetOnDelivery;
    }

    void failed() {
        attempts++;
    }

    String id() {
        return id;
    }

    String to() {
        return to;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    Optional<String> listUnsubscribe() {
        return Optional.ofNullable(listUnsubscribe);
    }

    int attempts() {
        return attempts;
    }

    /**
     * The message as staff may read it. Once delivered, the secret in any link it carries is
     * hidden: only the addressee needs it, and a staff member holding a reset link could take over
     * the account. Undelivered mail stays whole, as without SMTP staff pass links on by hand.
     */
    OutboxEntry entry() {
        var shown = sentAt == null ? body : withoutLinkSecrets(body, "(hidden once sent)");
        return new OutboxEntry(id, to, subject, shown, queuedAt, sentAt);
    }

    /** The text with the secret of every link in it replaced by {@code placeholder}. */
    static String withoutLinkSecrets(String text, String placeholder) {
        return LINK_TOKEN.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(placeholder));
    }
}
