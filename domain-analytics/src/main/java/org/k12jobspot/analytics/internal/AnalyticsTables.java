package org.k12jobspot.analytics.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.k12jobspot.accounts.api.PersonalData;
import org.k12jobspot.accounts.api.PersonalTable;

/**
 * The analytics module's tables in the personal-data registry: per-day counts that never held a
 * person, so there is nothing to export or erase.
 */
@ApplicationScoped
public class AnalyticsTables implements PersonalData {

    private static final List<PersonalTable> TABLES =
            List.of(
                    PersonalTable.withoutPerson(
                            "analytics_daily_counts", "visit_day", "counted_by", "label", "views"),
                    PersonalTable.withoutPerson(
                            "analytics_daily_visitors", "visit_day", "visitors"));

    @Override
    public String module() {
        return "analytics";
    }

    @Override
    public List<PersonalTable> tables() {
        return TABLES;
    }
}
