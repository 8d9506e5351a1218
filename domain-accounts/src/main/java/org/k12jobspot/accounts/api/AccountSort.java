package org.k12jobspot.accounts.api;

/** Orders in which staff may list accounts. */
public enum AccountSort {
    NAME,
    EMAIL,
    REGISTERED
}
