package org.k12jobspot.accounts.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of an account: the only way other modules refer to a person. */
public record AccountId(UUID value) implements Serializable {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId newId() {
        return new AccountId(UUID.randomUUID());
    }

    /** Reads an id as written by {@link #toString()}; throws IllegalArgumentException if not. */
    public static AccountId parse(String text) {
        return new AccountId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
