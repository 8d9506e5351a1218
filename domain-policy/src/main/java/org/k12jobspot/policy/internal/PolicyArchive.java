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
import org.k12jobspot.policy.internal.PublishedVersions.Published;

/** The published versions of the policy: which one is in effect, their text and their changes. */
@ApplicationScoped
@Transactional
public class PolicyArchive implements Policies {

    @PersistenceContext(unitName = "policy")
    private EntityManager em;

    @Inject PolicyClock clock;
    @Inject PolicyTexts texts;
    @Inject PolicySettings settings;
    @Inject PublishedVersions versions;

    @Override
    public PublishedPolicy current() {
        var today = clock.today();
        return versions.newestFirst().stream()
                .map(Published::policy)
                .filter(p -> !p.effectiveOn().isAfter(today))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No policy version in effect"));
    }

    @Override
    public Optional<PublishedPolicy> find(PolicyVersionId id) {
        return versions.find(id).map(Published::policy);
    }

    @Override
    public Optional<PublishedPolicy> findByNumber(int number) {
        return versions.newestFirst().stream()
                .map(Published::policy)
                .filter(p -> p.number() == number)
                .findFirst();
    }

    @Override
    public List<PublishedPolicy> published() {
        return versions.newestFirst().stream().map(Published::policy).toList();
    }

    @Override
    public boolean materialChangeSince(PolicyVersionId accepted) {
        var acceptedNumber = find(accepted).map(PublishedPolicy::number).orElse(0);
        var today = clock.today();
        return versions.newestFirst().stream()
                .map(Published::policy)
                .anyMatch(
                        p ->
                                p.number() > acceptedNumber
                                        && !p.effectiveOn().isAfter(today)
                                        && p.material());
    }

    @Override
    public SiteContact contact() {
        return settings.siteContact();
    }

    @Override
    public Optional<String> html(PolicyVersionId id) {
        return versions.find(id)
                .map(
                        v ->
                                texts.publishedHtml(
                                        v.policy().id(), v.policy().publishedAt(), v.markdown()));
    }

    @Override
    public Optional<PolicyComparison> compare(PolicyVersionId from, PolicyVersionId to) {
        var older = versions.find(from);
        var newer = versions.find(to);
        if (older.isEmpty() || newer.isEmpty()) {
            return Optional.empty();
        }
        var lines =
                PolicyDiff.lines(
                        texts.lines(older.get().markdown()), texts.lines(newer.get().markdown()));
        return Optional.of(new PolicyComparison(older.get().policy(), newer.get().policy(), lines));
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
}
