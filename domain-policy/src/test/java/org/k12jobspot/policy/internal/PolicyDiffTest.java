package org.k12jobspot.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.k12jobspot.policy.api.PolicyComparison.Change;
import org.k12jobspot.policy.api.PolicyComparison.Line;

class PolicyDiffTest {

    @Test
    void marksDeletedAndInsertedLines() {
        var lines = PolicyDiff.lines(List.of("a", "old", "c"), List.of("a", "new", "c"));

        assertThat(lines)
                .containsExactly(
                        new Line(Change.UNCHANGED, "a", 0),
                        new Line(Change.DELETED, "old", 0),
                        new Line(Change.INSERTED, "new", 0),
                        new Line(Change.UNCHANGED, "c", 0));
    }

    @Test
    void foldsLongUnchangedRunsAwayFromChanges() {
        var before = IntStream.range(0, 20).mapToObj(i -> "line " + i).toList();
        var after = new java.util.ArrayList<>(before);
        after.set(10, "changed");

        var lines = PolicyDiff.lines(before, after);

        assertThat(lines.getFirst()).isEqualTo(new Line(Change.UNCHANGED_RUN, "", 8));
        assertThat(lines.getLast()).isEqualTo(new Line(Change.UNCHANGED_RUN, "", 7));
        assertThat(lines).contains(new Line(Change.DELETED, "line 10", 0));
        assertThat(lines).contains(new Line(Change.INSERTED, "changed", 0));
    }

    @Test
    void findsNoChangesInSameText() {
        var lines = PolicyDiff.lines(List.of("a", "b"), List.of("a", "b"));

        assertThat(lines).extracting(Line::change).containsOnly(Change.UNCHANGED_RUN);
    }

    @Test
    void keepsAppendedLinesAtTheEnd() {
        var lines = PolicyDiff.lines(List.of("a"), List.of("a", "b"));

        assertThat(lines)
                .containsExactly(
                        new Line(Change.UNCHANGED, "a", 0), new Line(Change.INSERTED, "b", 0));
    }
}
