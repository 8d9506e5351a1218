package org.k12jobspot.accounts.api;

import java.util.List;

/**
 * Everything a job seeker has told the site about their candidacy: contact details, certifications
 * and degrees. Lists are never null.
 */
public record CandidacyProfile(
        AccountId accountId,
        String fullName,
        String email,
        ContactDetails contact,
        List<Certification> certifications,
        List<Degree> degrees) {

    public CandidacyProfile {
        certifications = List.copyOf(certifications);
        degrees = List.copyOf(degrees);
    }
}
