package org.k12jobspot.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.ErasureCause;

class ErasureJournalTest {

    private static final Instant WHEN = Instant.parse("2026-12-04T21:30:00Z");

    @TempDir Path dir;

    @Test
    void appendsOneLineOfTimeIdAndCausePerErasure() throws IOException {
        var journal = new ErasureJournal(dir.resolve("erasures.journal"));
        var first = AccountId.newId();
        var second = AccountId.newId();

        journal.append(first, WHEN, ErasureCause.OWN_REQUEST);
        journal.append(second, WHEN.plusSeconds(60), ErasureCause.STAFF_ON_REQUEST);

        assertThat(Files.readAllLines(dir.resolve("erasures.journal")))
                .containsExactly(
                        "2026-12-04T21:30:00Z " + first + " OWN_REQUEST",
                        "2026-12-04T21:31:00Z " + second + " STAFF_ON_REQUEST");
        assertThat(journal.erasedAccounts()).containsExactly(first, second);
    }

    @Test
    void readsNoAccountsFromAJournalNotYetWritten() {
        var journal = new ErasureJournal(dir.resolve("missing/erasures.journal"));

        assertThat(journal.erasedAccounts()).isEmpty();
    }

    @Test
    void skipsATornLastLineAndStartsTheNextErasureOnALineOfItsOwn() throws IOException {
        var file = dir.resolve("erasures.journal");
        var earlier = AccountId.newId();
        Files.writeString(
                file,
                "2026-12-04T21:00:00Z " + earlier + " OWN_REQUEST\n2026-12-04T21:1",
                StandardCharsets.US_ASCII);
        var journal = new ErasureJournal(file);
        var later = AccountId.newId();

        journal.append(later, WHEN, ErasureCause.OWN_REQUEST);

        assertThat(journal.erasedAccounts()).containsExactly(earlier, later);
        assertThat(Files.readAllLines(file))
                .hasSize(3)
                .last()
                .asString()
                .contains(later.toString());
    }

    @Test
    void readsAnAccountOnlyFromAWholeLine() {
        var id = AccountId.newId();

        assertThat(ErasureJournal.accountIn("2026-12-04T21:00:00Z " + id + " OWN_REQUEST"))
                .isEqualTo(id);
        assertThat(ErasureJournal.accountIn("2026-12-04T21:00:00Z " + id)).isNull();
        assertThat(ErasureJournal.accountIn("yesterday " + id + " OWN_REQUEST")).isNull();
        assertThat(ErasureJournal.accountIn("2026-12-04T21:00:00Z " + id + " FORGOT")).isNull();
    }
}
