package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.k12jobspot.accounts.api.DegreeLevel;
import org.k12jobspot.accounts.api.ProfileCounts;
import org.k12jobspot.accounts.api.ProfileStatistics;
import org.k12jobspot.accounts.api.Role;

/** Counts candidacy profiles by aggregate queries; no profile row is read into memory. */
@ApplicationScoped
@Transactional
public class ProfileCensus implements ProfileStatistics {

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    @Override
    public ProfileCounts count() {
        var jobSeekers =
                em.createQuery("select count(a) from Account a where a.role = :role", Long.class)
                        .setParameter("role", Role.JOB_SEEKER)
                        .getSingleResult();
        var degrees = new TreeMap<DegreeLevel, Long>();
        for (var row :
                em.createQuery(
                                "select d.level, count(distinct d.accountId) from DegreeRecord d"
                                        + " group by d.level",
                                Object[].class)
                        .getResultList()) {
            degrees.put((DegreeLevel) row[0], (Long) row[1]);
        }
        return new ProfileCounts(
                jobSeekers,
                grouped(
                        "select p.region, count(p) from ProfileRecord p"
                                + " where p.region is not null group by p.region"),
                degrees,
                grouped(
                        "select c.title, count(distinct c.accountId) from CertificationRecord c"
                                + " group by c.title"));
    }

    /**
     * Groups typed in different case are joined here, not in SQL, because Derby will not group by
     * an expression; a person who typed the same title twice in different case counts twice.
     */
    private Map<String, Long> grouped(String query) {
        var counts = new TreeMap<String, Long>();
        for (var row : em.createQuery(query, Object[].class).getResultList()) {
            var label = ((String) row[0]).strip().toUpperCase(Locale.ROOT);
            counts.merge(label, (Long) row[1], Long::sum);
        }
        return counts;
    }
}
