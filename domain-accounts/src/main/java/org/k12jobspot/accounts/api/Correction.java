package org.k12jobspot.accounts.api;

import java.util.List;

/**
 * What a staff correction did: the names of the fields that changed or what was deleted (empty when
 * nothing did), and the profile as it now stands, for the staff member to check.
 */
public record Correction(List<String> fields, CandidacyProfile profile) {

    public Correction {
        fields = List.copyOf(fields);
    }

    public boolean changedAnything() {
        return !fields.isEmpty();
    }
}
