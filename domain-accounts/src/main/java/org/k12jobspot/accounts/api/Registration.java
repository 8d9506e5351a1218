package org.k12jobspot.accounts.api;

/**
 * What a person gives to open an account: a name, an email address and a password. Everything else
 * on the site is optional.
 */
public record Registration(String fullName, String email, String password) {

    @Override
    public String toString() {
        return "Registration[...]";
    }
}
