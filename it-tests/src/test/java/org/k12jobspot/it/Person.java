package org.k12jobspot.it;

import java.util.UUID;

/**
 * Someone who uses the site in a test. Each new job seeker gets an address of their own, so no test
 * depends on data another test made.
 */
record Person(String fullName, String email, String password) {

    static Person newJobSeeker(String fullName) {
        var unique = UUID.randomUUID().toString();
        return new Person(
                fullName,
                "seeker-" + unique + "@it.k12jobspot.example",
                "maple chalkboard " + unique.substring(0, 8));
    }

    Person withPassword(String other) {
        return new Person(fullName, email, other);
    }

    /** The administrator the build gives the product under test at its first start. */
    static Person administrator() {
        return new Person(
                "Site administrator",
                System.getProperty("it.admin.email", System.getProperty("k12.admin.email")),
                System.getProperty("it.admin.password", System.getProperty("k12.admin.password")));
    }
}
