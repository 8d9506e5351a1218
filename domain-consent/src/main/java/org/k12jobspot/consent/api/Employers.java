package org.k12jobspot.consent.api;

import java.util.List;
import java.util.Optional;

/** The register of employers that have, or had, an agreement with the site; kept by staff. */
public interface Employers {

    /** Ordered by name. */
    List<Employer> all();

    /** Those whose agreement is active today, ordered by name. */
    List<Employer> active();

    Optional<Employer> find(EmployerId id);

    /**
     * @throws org.k12jobspot.accounts.api.InputRejected naming each field of the draft that is
     *     missing or not acceptable
     */
    EmployerId add(EmployerDraft draft);

    /** Same rules as {@link #add}; ending the agreement stops every release to the employer. */
    void change(EmployerId id, EmployerDraft draft);
}
