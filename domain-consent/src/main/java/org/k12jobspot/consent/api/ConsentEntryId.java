package org.k12jobspot.consent.api;

import java.util.Objects;
import java.util.UUID;

/** The identity of one ledger entry; its receipt carries the same id. */
public record ConsentEntryId(UUID value) {

    public ConsentEntryId {
        Objects.requireNonNull(value, "value");
    }

    public static ConsentEntryId newId() {
        return new ConsentEntryId(UUID.randomUUID());
    }

    /** Reads an id as written by {@link #toString()}; throws IllegalArgumentException if not. */
    public static ConsentEntryId parse(String text) {
        return new ConsentEntryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
