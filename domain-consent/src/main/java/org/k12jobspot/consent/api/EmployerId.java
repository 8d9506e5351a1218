package org.k12jobspot.consent.api;

import java.util.Objects;
import java.util.UUID;

/** The identity of an employer in the site's register. */
public record EmployerId(UUID value) {

    public EmployerId {
        Objects.requireNonNull(value, "value");
    }

    public static EmployerId newId() {
        return new EmployerId(UUID.randomUUID());
    }

    /** Reads an id as written by {@link #toString()}; throws IllegalArgumentException if not. */
    public static EmployerId parse(String text) {
        return new EmployerId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
