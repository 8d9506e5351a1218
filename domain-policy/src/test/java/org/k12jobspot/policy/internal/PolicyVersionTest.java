package org.k12jobspot.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyVersionTest {

    private static final Instant NOW = Instant.parse("2027-03-10T12:00:00Z");

    @Test
    void rewritesDraft() {
        var draft = PolicyVersion.draft("first", NOW);

        draft.rewrite("second", NOW.plusSeconds(60));

        assertThat(draft.asDraft().markdown()).isEqualTo("second");
        assertThat(draft.isDraft()).isTrue();
    }

    @Test
    void publishesDraftOnceWithNumberDateAndFlag() {
        var draft = PolicyVersion.draft("text", NOW);

        draft.publish(3, "Summary", LocalDate.of(2027, 4, 1), true, NOW);

        var published = draft.published();
        assertThat(published.number()).isEqualTo(3);
        assertThat(published.effectiveOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(published.material()).isTrue();
        assertThat(draft.isDraft()).isFalse();
    }

    @Test
    void refusesToChangePublishedVersion() {
        var version = PolicyVersion.draft("text", NOW);
        version.publish(1, "Summary", LocalDate.of(2027, 4, 1), false, NOW);

        assertThatThrownBy(() -> version.rewrite("other", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> version.publish(2, "again", LocalDate.of(2027, 5, 1), true, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(version.markdown()).isEqualTo("text");
    }
}
