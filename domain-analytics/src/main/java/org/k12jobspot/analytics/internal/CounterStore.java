package org.k12jobspot.analytics.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.k12jobspot.analytics.api.DailyVisits;
import org.k12jobspot.analytics.api.Tally;

/** Adds to and reads the per-day counter tables. */
@ApplicationScoped
@Transactional
public class CounterStore {

    @PersistenceContext(unitName = "analytics")
    private EntityManager em;

    /** Adds the buffered counts to the stored ones, all in one transaction. */
    void add(Map<CounterBuffer.Key, Long> views, Map<LocalDate, Long> newVisitors) {
        views.forEach(
                (key, n) -> {
                    var updated =
                            em.createQuery(
                                            "update DailyCount c set c.views = c.views + :n"
                                                    + " where c.day = :day and c.dimension = :dim"
                                                    + " and c.label = :label")
                                    .setParameter("n", n)
                                    .setParameter("day", key.day())
                                    .setParameter("dim", key.dimension().name())
                                    .setParameter("label", key.label())
                                    .executeUpdate();
                    if (updated == 0) {
                        em.persist(new DailyCount(key.day(), key.dimension(), key.label(), n));
                    }
                });
        newVisitors.forEach(
                (day, n) -> {
                    var updated =
                            em.createQuery(
                                            "update DailyVisitorCount v set v.visitors ="
                                                    + " v.visitors + :n where v.day = :day")
                                    .setParameter("n", n)
                                    .setParameter("day", day)
                                    .executeUpdate();
                    if (updated == 0) {
                        em.persist(new DailyVisitorCount(day, n));
                    }
                });
    }

    List<DailyVisits> days(LocalDate from, LocalDate to) {
        var views =
                totals(
                        "select c.day, sum(c.views) from DailyCount c where c.dimension = 'VIEWS'"
                                + " and c.day between :from and :to group by c.day",
                        from,
                        to);
        var visitors =
                totals(
                        "select v.day, sum(v.visitors) from DailyVisitorCount v"
                                + " where v.day between :from and :to group by v.day",
                        from,
                        to);
        var days = new ArrayList<DailyVisits>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(
                    new DailyVisits(
                            day, views.getOrDefault(day, 0L), visitors.getOrDefault(day, 0L)));
        }
        return days;
    }

    List<Tally> tallies(Dimension dimension, LocalDate from, LocalDate to) {
        return em
                .createQuery(
                        "select c.label, sum(c.views) from DailyCount c where c.dimension = :dim"
                                + " and c.day between :from and :to group by c.label"
                                + " order by sum(c.views) desc, c.label",
                        Object[].class)
                .setParameter("dim", dimension.name())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(row -> new Tally((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    private Map<LocalDate, Long> totals(String query, LocalDate from, LocalDate to) {
        var totals = new java.util.HashMap<LocalDate, Long>();
        for (var row :
                em.createQuery(query, Object[].class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()) {
            totals.put((LocalDate) row[0], ((Number) row[1]).longValue());
        }
        return totals;
    }
}
