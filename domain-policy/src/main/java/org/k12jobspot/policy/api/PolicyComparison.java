package org.k12jobspot.policy.api;

import java.util.List;

/**
 * What changed between two published versions, line by line of their text. Long runs of unchanged
 * lines are folded into one {@link Change#UNCHANGED_RUN} line that counts them.
 */
public record PolicyComparison(PublishedPolicy from, PublishedPolicy to, List<Line> lines) {

    public PolicyComparison {
        lines = List.copyOf(lines);
    }

    /** Whether any line was inserted or deleted. */
    public boolean hasChanges() {
        return lines.stream()
                .anyMatch(l -> l.change() == Change.INSERTED || l.change() == Change.DELETED);
    }

    public enum Change {
        UNCHANGED,
        DELETED,
        INSERTED,
        /** Unchanged lines left out; {@code skipped} says how many. */
        UNCHANGED_RUN
    }

    /** One line of the comparison; {@code text} is plain text, to be escaped where shown. */
    public record Line(Change change, String text, int skipped) {

        public boolean isInserted() {
            return change == Change.INSERTED;
        }

        public boolean isDeleted() {
            return change == Change.DELETED;
        }

        public boolean isFolded() {
            return change == Change.UNCHANGED_RUN;
        }
    }
}
