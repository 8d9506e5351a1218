package org.k12jobspot.policy.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.k12jobspot.policy.api.PolicyComparison.Change;
import org.k12jobspot.policy.api.PolicyComparison.Line;

/**
 * Compares two texts line by line with java-diff-utils (Myers' algorithm) and keeps a few unchanged
 * lines around each change so readers see where it is; longer unchanged runs are folded.
 */
final class PolicyDiff {

    static final int CONTEXT = 2;

    private PolicyDiff() {}

    static List<Line> lines(List<String> from, List<String> to) {
        var all = new ArrayList<Line>();
        var position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            var source = delta.getSource();
            for (; position < source.getPosition(); position++) {
                all.add(new Line(Change.UNCHANGED, from.get(position), 0));
            }
            source.getLines().forEach(l -> all.add(new Line(Change.DELETED, l, 0)));
            delta.getTarget().getLines().forEach(l -> all.add(new Line(Change.INSERTED, l, 0)));
            position += source.size();
        }
        for (; position < from.size(); position++) {
            all.add(new Line(Change.UNCHANGED, from.get(position), 0));
        }
        return folded(all);
    }

    /** Unchanged lines farther than {@link #CONTEXT} from any change become one counted line. */
    private static List<Line> folded(List<Line> all) {
        var keep = new boolean[all.size()];
        for (var i = 0; i < all.size(); i++) {
            if (all.get(i).change() != Change.UNCHANGED) {
                for (var j = Math.max(0, i - CONTEXT);
                        j <= Math.min(all.size() - 1, i + CONTEXT);
                        j++) {
                    keep[j] = true;
                }
            }
        }
        var result = new ArrayList<Line>();
        var skipped = 0;
        for (var i = 0; i < all.size(); i++) {
            if (keep[i]) {
                if (skipped > 0) {
                    result.add(new Line(Change.UNCHANGED_RUN, "", skipped));
                    skipped = 0;
                }
                result.add(all.get(i));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            result.add(new Line(Change.UNCHANGED_RUN, "", skipped));
        }
        return result;
    }
}
