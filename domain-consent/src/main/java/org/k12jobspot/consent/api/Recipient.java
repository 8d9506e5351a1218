package org.k12jobspot.consent.api;

import java.util.Objects;

/**
 * Who would receive personal data: the site itself, an employer in the register, or anyone else.
 */
public sealed interface Recipient {

    record Site() implements Recipient {}

    record RegisteredEmployer(EmployerId employer) implements Recipient {
        public RegisteredEmployer {
            Objects.requireNonNull(employer, "employer");
        }
    }

    /** Anyone outside the site and its register, named as the caller knows them. */
    record ThirdParty(String name) implements Recipient {
        public ThirdParty {
            Objects.requireNonNull(name, "name");
        }
    }
}
