package org.k12jobspot.consent.api;

import java.util.List;
import org.k12jobspot.accounts.api.CandidacyProfile;

/**
 * The candidacy profiles an employer may see today: those whose owners release them to it while its
 * agreement is active. Each profile passes the disclosure gate on its way out.
 */
public interface ReleasedProfiles {

    /**
     * Empty when the employer is unknown or its agreement is not active; in the second case the
     * gate records a refusal for every profile that would otherwise have gone.
     */
    List<CandidacyProfile> releasedTo(EmployerId employer);
}
