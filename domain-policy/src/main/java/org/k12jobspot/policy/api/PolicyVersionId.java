package org.k12jobspot.policy.api;

import java.util.Objects;
import java.util.UUID;

/** The identity of one version of the privacy policy, draft or published. */
public record PolicyVersionId(UUID value) {

    public PolicyVersionId {
        Objects.requireNonNull(value, "value");
    }

    public static PolicyVersionId newId() {
        return new PolicyVersionId(UUID.randomUUID());
    }

    /** Reads an id as written by {@link #toString()}; throws IllegalArgumentException if not. */
    public static PolicyVersionId parse(String text) {
        return new PolicyVersionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
