package org.k12jobspot.policy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PolicyComparison;
import org.k12jobspot.policy.api.PolicyVersionId;
import org.k12jobspot.policy.api.PublishedPolicy;
import org.k12jobspot.policy.api.SiteContact;

/** The published versions of the policy: which one is in effect, their text and their changes. */
@ApplicationScoped
@Transactional
public class PolicyArchive implements Policies {

    @PersistenceContext(unitName = "policy")
    private EntityManager em;

    @Inject PolicyClock clock;
    @Inject PolicyTexts texts;
    @Inject PolicySettings settings;

    @Override
    public PublishedPolicy current() {
        return currentVersion()
                .map(PolicyVersion::published)
                .orElseThrow(() -> new IllegalStateException("No policy version in effect"));
    }

    @Override
    public Optional<PublishedPolicy> find(PolicyVersionId id) {
        return publishedVersion(id).map(PolicyVersion::published);
    }

    @Override
    public Optional<PublishedPolicy> findByNumber(int number) {
        return em.createQuery(
                        "select v from PolicyVersion v where v.number = :number",
                        PolicyVersion.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .map(PolicyVersion::published);
    }

    @Override
    public List<PublishedPolicy> published() {
        return em.createQuery(
                        "select v from PolicyVersion v where v.number is not null"
                                + " order by v.number desc",
                        PolicyVersion.class)
                .getResultStream()
                .map(PolicyVersion::published)
                .toList();
    }

    @Override
    public boolean materialChangeSince(PolicyVersionId accepted) {
        var acceptedNumber = find(accepted).map(PublishedPolicy::number).orElse(0);
        return em.createQuery(
                                "select count(v) from PolicyVersion v where v.number > :accepted"
                                        + " and v.effectiveOn <= :today and v.material = true",
                                Long.class)
                        .setParameter("accepted", acceptedNumber)
                        .setParameter("today", clock.today())
                        .getSingleResult()
                > 0;
    }

    @Override
    public SiteContact contact() {
        return settings.siteContact();
    }

    @Override
    public Optional<String> html(PolicyVersionId id) {
        return publishedVersion(id)
                .map(v -> texts.publishedHtml(v.id(), v.published().publishedAt(), v.markdown()));
    }

    @Override
    public Optional<PolicyComparison> compare(PolicyVersionId from, PolicyVersionId to) {
        var older = publishedVersion(from);
        var newer = publishedVersion(to);
        if (older.isEmpty() || newer.isEmpty()) {
            return Optional.empty();
        }
        var lines =
                PolicyDiff.lines(
                        texts.lines(older.get().markdown()), texts.lines(newer.get().markdown()));
        return Optional.of(
                new PolicyComparison(older.get().published(), newer.get().published(), lines));
    }

    Optional<PolicyVersion> currentVersion() {
        return em.createQuery(
                        "select v from PolicyVersion v where v.number is not null"
                                + " and v.effectiveOn <= :today order by v.number desc",
                        PolicyVersion.class)
                .setParameter("today", clock.today())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    Optional<PolicyVersion> latestVersion() {
        return em.createQuery(
                        "select v from PolicyVersion v where v.number is not null"
                                + " order by v.number desc",
                        PolicyVersion.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Optional<PolicyVersion> publishedVersion(PolicyVersionId id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(PolicyVersion.class, id.toString()))
                .filter(v -> !v.isDraft());
    }
}
