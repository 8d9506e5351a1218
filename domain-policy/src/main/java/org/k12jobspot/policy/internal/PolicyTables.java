package org.k12jobspot.policy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.k12jobspot.accounts.api.PersonalData;
import org.k12jobspot.accounts.api.PersonalTable;

/** The policy module's one table in the personal-data registry: the site's texts, no person. */
@ApplicationScoped
public class PolicyTables implements PersonalData {

    private static final List<PersonalTable> TABLES =
            List.of(
                    PersonalTable.withoutPerson(
                            "policy_versions",
                            "id",
                            "version_number",
                            "draft_slot",
                            "markdown",
                            "effective_on",
                            "change_summary",
                            "material",
                            "created_at",
                            "updated_at",
                            "published_at",
                            "version"));

    @Override
    public String module() {
        return "policy";
    }

    @Override
    public List<PersonalTable> tables() {
        return TABLES;
    }
}
