package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.OutgoingMail;

class QueuedMailTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final QueuedMail mail =
            new QueuedMail(
                    new OutgoingMail(
                            AccountId.newId(),
                            "ana@example.org",
                            "Reset your K12JobSpot password",
                            "Open https://jobs.example.org/reset-password?token=abc_DEF-123 soon."),
                    NOW);

    @Test
    void showsTheLinkWholeToStaffUntilTheMailIsSent() {
        assertThat(mail.entry().body()).contains("/reset-password?token=abc_DEF-123 soon.");
    }

    @Test
    void hidesTheLinkTokenFromStaffOnceTheMailIsSent() {
        mail.sent(NOW);

        assertThat(mail.entry().body())
                .doesNotContain("abc_DEF-123")
                .contains("/reset-password?token=(hidden once sent) soon.");
    }

    @Test
    void sendsTheWholeLinkToTheAddressee() {
        mail.sent(NOW);

        assertThat(mail.body()).contains("token=abc_DEF-123");
    }
}
