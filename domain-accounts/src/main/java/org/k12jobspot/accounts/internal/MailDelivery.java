package org.k12jobspot.accounts.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Delivers queued mail to the SMTP server named by K12_SMTP_HOST, a few seconds after it was
 * committed. Without a host nothing leaves: mail stays in the outbox for staff to read.
 */
@ApplicationScoped
public class MailDelivery {

    private static final System.Logger LOG = System.getLogger(MailDelivery.class.getName());
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 10;

    @Resource ManagedScheduledExecutorService scheduler;
    @Inject MailOutbox outbox;
    @Inject AccountsSettings settings;

    private ScheduledFuture<?> schedule;

    void start() {
        if (settings.smtpHost().isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "No SMTP host configured: mail stays in the outbox");
            return;
        }
        schedule =
                scheduler.scheduleWithFixedDelay(
                        this::deliverPending,
                        settings.mailIntervalSeconds(),
                        settings.mailIntervalSeconds(),
                        TimeUnit.SECONDS);
    }

    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Sends what is pending; each mail is marked in its own transaction after the attempt. */
    public void deliverPending() {
        try {
            var session = session();
            for (var mail : outbox.pending(BATCH, MAX_ATTEMPTS)) {
                try {
                    Transport.send(compose(session, settings.mailFrom(), mail));
                    outbox.markSent(mail.id());
                    LOG.log(System.Logger.Level.INFO, "Mail {0} delivered", mail.id());
                } catch (MessagingException | UnsupportedEncodingException e) {
                    outbox.markFailed(mail.id());
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "Mail {0} not delivered yet ({1})",
                            mail.id(),
                            e.getClass().getSimpleName());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Mail delivery round failed", e);
        }
    }

    private Session session() {
        return smtpSession(settings.smtpHost().orElseThrow(), settings.smtpPort());
    }

    static Session smtpSession(String host, int port) {
        var props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        return Session.getInstance(props);
    }

    /** The MIME message for a queued mail: plain text, UTF-8 throughout, marked automatic. */
    static MimeMessage compose(Session session, String from, QueuedMail mail)
            throws MessagingException, UnsupportedEncodingException {
        var message = new MimeMessage(session);
        var sender = new InternetAddress(from);
        message.setFrom(new InternetAddress(sender.getAddress(), sender.getPersonal(), "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date());
        var unsubscribe = mail.listUnsubscribe();
        if (unsubscribe.isPresent()) {
            // RFC 8058: mail programs offer one-click unsubscribe by POSTing to this address.
            message.setHeader("List-Unsubscribe", "<" + unsubscribe.get() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Precedence", "bulk");
        } else {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        return message;
    }
}
