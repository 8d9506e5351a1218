package org.k12jobspot.accounts.api;

import java.util.Objects;
import java.util.UUID;

/** The identity of a message sent through the contact page. */
public record ContactRequestId(UUID value) {

    public ContactRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactRequestId newId() {
        return new ContactRequestId(UUID.randomUUID());
    }

    /** Reads an id as written by {@link #toString()}; throws IllegalArgumentException if not. */
    public static ContactRequestId parse(String text) {
        return new ContactRequestId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
