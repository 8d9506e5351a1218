package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Transport;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountMail;
import org.k12jobspot.accounts.api.OutgoingMail;

class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void deliversNamesInAnyScriptUnchanged() throws Exception {
        var queued =
                new QueuedMail(
                        new OutgoingMail(
                                AccountId.newId(),
                                "lee@example.org",
                                "Bienvenue, 李小龍 et Siobhán O'Hara-Nuñez",
                                "Hello 李小龍,\nSiobhán O'Hara-Nuñez wrote ✓"),
                        Instant.now());
        var session = MailDelivery.smtpSession("127.0.0.1", SMTP.getSmtp().getPort());

        Transport.send(
                MailDelivery.compose(session, "K12JobSpot <no-reply@k12jobspot.example>", queued));

        var received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Bienvenue, 李小龍 et Siobhán O'Hara-Nuñez");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(received[0].getContent().toString().replace("\r\n", "\n"))
                .isEqualTo("Hello 李小龍,\nSiobhán O'Hara-Nuñez wrote ✓");
        assertThat(received[0].getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void marksOwnMarketingForOneClickUnsubscribe() throws Exception {
        var mail =
                new AccountMail(
                        AccountId.newId(),
                        "New on K12JobSpot",
                        "Saved searches are here.",
                        "https://jobs.example/unsubscribe/one-click?t=abc");
        var queued = new QueuedMail(mail, "lee@example.org", Instant.now());
        var session = MailDelivery.smtpSession("127.0.0.1", SMTP.getSmtp().getPort());

        Transport.send(
                MailDelivery.compose(session, "K12JobSpot <no-reply@k12jobspot.example>", queued));

        var received = SMTP.getReceivedMessages()[0];
        assertThat(received.getHeader("List-Unsubscribe"))
                .containsExactly("<https://jobs.example/unsubscribe/one-click?t=abc>");
        assertThat(received.getHeader("List-Unsubscribe-Post"))
                .containsExactly("List-Unsubscribe=One-Click");
        assertThat(received.getHeader("Auto-Submitted")).isNull();
    }
}
