package org.k12jobspot.policy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The privacy policy shipped with the product, published as version 1 on the first start, in effect
 * from that day. It is not announced: there is nobody yet to tell, and no earlier version for
 * anyone to have accepted.
 */
@ApplicationScoped
public class FirstVersion {

    static final String RESOURCE = "/org/k12jobspot/policy/internal/privacy-policy-v1.md";
    static final String SUMMARY = "The first version, shipped with the site.";

    private static final System.Logger LOG = System.getLogger(FirstVersion.class.getName());

    @PersistenceContext(unitName = "policy")
    private EntityManager em;

    @Inject PolicyClock clock;

    @Transactional
    public void publishIfNone() {
        var versions =
                em.createQuery("select count(v) from PolicyVersion v", Long.class)
                        .getSingleResult();
        if (versions > 0) {
            return;
        }

        var version = PolicyVersion.draft(text(), clock.now());
        version.publish(1, SUMMARY, clock.today(), false, clock.now());
        em.persist(version);
        LOG.log(System.Logger.Level.INFO, "Shipped policy published as version 1");
    }

    static String text() {
        try (var in = FirstVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The shipped policy is missing: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
