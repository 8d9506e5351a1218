package org.k12jobspot.policy.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.k12jobspot.policy.api.PolicyPublished;
import org.k12jobspot.policy.api.PolicyVersionId;
import org.k12jobspot.policy.api.PublishedPolicy;

/**
 * The published versions, held in memory so that public pages and every signed-in request need no
 * query: a published version never changes, so only the list can grow. It is read again after a
 * publication on this server commits, and at most every ten seconds for one made by another server
 * sharing the database. A transaction that has published reads the database itself until it ends,
 * so it sees its own publication and nobody else sees it before the commit. Which version is in
 * effect is decided at each call from today's date.
 */
@ApplicationScoped
public class PublishedVersions {

    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    @PersistenceContext(unitName = "policy")
    private EntityManager em;

    @Resource TransactionSynchronizationRegistry transactions;

    private final AtomicLong publications = new AtomicLong();
    private volatile Snapshot snapshot;

    /** A published version's facts and the text it was published with. */
    record Published(PublishedPolicy policy, String markdown) {}

    private record Snapshot(List<Published> newestFirst, Instant readAt) {}

    @Transactional
    List<Published> newestFirst() {
        if (transactions.getResource(PublishedVersions.class) != null) {
            return read();
        }
        var held = snapshot;
        if (held == null || held.readAt().plus(FRESH_FOR).isBefore(Instant.now())) {
            var before = publications.get();
            held = new Snapshot(read(), Instant.now());
            if (publications.get() == before) {
                // Else a publication committed while reading: the next call reads again.
                snapshot = held;
            }
        }
        return held.newestFirst();
    }

    Optional<Published> find(PolicyVersionId id) {
        return newestFirst().stream().filter(p -> p.policy().id().equals(id)).findFirst();
    }

    void publishing(@Observes PolicyPublished event) {
        transactions.putResource(PublishedVersions.class, Boolean.TRUE);
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyPublished event) {
        publications.incrementAndGet();
        snapshot = null;
    }

    private List<Published> read() {
        return em.createQuery(
                        "select v from PolicyVersion v where v.number is not null"
                                + " order by v.number desc",
                        PolicyVersion.class)
                .getResultStream()
                .map(v -> new Published(v.published(), v.markdown()))
                .toList();
    }
}
