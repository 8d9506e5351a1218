package org.k12jobspot.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.k12jobspot.policy.api.PolicyVersionId;
import org.k12jobspot.policy.api.PublishedPolicy;

class PolicyNoticeTest {

    private static PublishedPolicy version(boolean material) {
        return new PublishedPolicy(
                PolicyVersionId.newId(),
                4,
                LocalDate.of(2027, 5, 1),
                "Longer backups.",
                material,
                Instant.parse("2027-04-01T00:00:00Z"));
    }

    @Test
    void namesNumberAndEffectiveDateInSubject() {
        var notice = PolicyNotice.of(version(false), "https://jobs.example.org");

        assertThat(notice.subject()).contains("version 4").contains("2027-05-01");
    }

    @Test
    void asksForAcceptanceAtNextSignInOnlyForMaterialChange() {
        var material = PolicyNotice.of(version(true), "https://jobs.example.org");
        var minor = PolicyNotice.of(version(false), "https://jobs.example.org");

        assertThat(material.body())
                .contains("you will be asked to accept it when you next sign in");
        assertThat(minor.body())
                .doesNotContain("asked to accept")
                .contains("needs nothing from you");
    }

    @Test
    void linksToThePrivacyPageAndTheComparison() {
        var notice = PolicyNotice.of(version(false), "https://jobs.example.org");

        assertThat(notice.body())
                .contains("https://jobs.example.org/privacy\n")
                .contains("https://jobs.example.org/privacy/compare?from=3&to=4")
                .contains("Longer backups.");
    }
}
