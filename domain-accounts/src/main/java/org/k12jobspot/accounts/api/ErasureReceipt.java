package org.k12jobspot.accounts.api;

import java.time.Instant;
import java.util.List;

/**
 * What an erasure removed, in domain words with counts ("3 certifications", "12 consent records"),
 * and when. It names no person, not even by account id, so it can be shown on a public page and
 * mailed.
 */
public record ErasureReceipt(Instant erasedAt, ErasureCause cause, List<Removed> removed) {

    public ErasureReceipt {
        removed = List.copyOf(removed);
    }

    /** One kind of record and how many of it were removed. */
    public record Removed(long count, String singular, String plural) {

        /** "1 certification", "3 certifications". */
        public String words() {
            return count + " " + (count == 1 ? singular : plural);
        }
    }

    /** The removed kinds as lines of plain text, kinds with nothing removed left out. */
    public List<String> lines() {
        return removed.stream().filter(r -> r.count() > 0).map(Removed::words).toList();
    }
}
