package org.k12jobspot.policy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.policy.api.PolicyDraft;
import org.k12jobspot.policy.api.PolicyDrafts;
import org.k12jobspot.policy.api.PolicyPublished;
import org.k12jobspot.policy.api.Publication;
import org.k12jobspot.policy.api.PublishedPolicy;

/**
 * Staff's desk for the next version: keeps the one draft and publishes it. Publishing numbers the
 * version, fires {@link PolicyPublished} and queues the notice mail in the same transaction, so
 * either all of it happens or none.
 */
@ApplicationScoped
@Transactional
public class PolicyEditor implements PolicyDrafts {

    private static final System.Logger LOG = System.getLogger(PolicyEditor.class.getName());

    @PersistenceContext(unitName = "policy")
    private EntityManager em;

    @Inject PolicyClock clock;
    @Inject PolicyArchive archive;
    @Inject PolicyTexts texts;
    @Inject PolicySettings settings;
    @Inject Outbox outbox;
    @Inject Event<PolicyPublished> published;

    @Override
    public Optional<PolicyDraft> draft() {
        return draftVersion().map(PolicyVersion::asDraft);
    }

    @Override
    public String currentMarkdown() {
        return archive.currentVersion().map(PolicyVersion::markdown).orElse("");
    }

    @Override
    public PolicyDraft saveDraft(String markdown) {
        var problems = PublicationRules.markdownProblems(markdown);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }

        var draft = draftVersion();
        if (draft.isPresent()) {
            draft.get().rewrite(markdown, clock.now());
            return draft.get().asDraft();
        }
        var created = PolicyVersion.draft(markdown, clock.now());
        em.persist(created);
        LOG.log(System.Logger.Level.INFO, "Policy draft {0} opened", created.id());
        return created.asDraft();
    }

    @Override
    public String preview(String markdown) {
        return texts.preview(markdown);
    }

    @Override
    public void check(Publication publication) {
        var problems =
                PublicationRules.problems(
                        publication.changeSummary(),
                        publication.effectiveOn(),
                        clock.today(),
                        archive.latestVersion().map(v -> v.published().effectiveOn()));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    @Override
    public PublishedPolicy publish(Publication publication) {
        var draft =
                draftVersion()
                        .filter(d -> d.id().equals(publication.draft()))
                        .orElseThrow(
                                () ->
                                        InputRejected.of(
                                                MARKDOWN,
                                                "This draft is no longer the one to publish:"
                                                        + " reload the page."));
        em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        var latest = archive.latestVersion().map(PolicyVersion::published);
        var problems =
                PublicationRules.problems(
                        publication.changeSummary(),
                        publication.effectiveOn(),
                        clock.today(),
                        latest.map(PublishedPolicy::effectiveOn));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }

        var number = latest.map(PublishedPolicy::number).orElse(0) + 1;
        draft.publish(
                number,
                publication.changeSummary().strip(),
                publication.effectiveOn(),
                publication.material(),
                clock.now());
        em.flush();
        var version = draft.published();

        published.fire(
                new PolicyPublished(
                        version.id(), version.material(), version.effectiveOn(), clock.now()));
        var notice = PolicyNotice.of(version, settings.baseUrl());
        var told = outbox.queueToEveryConfirmedAccount(notice.subject(), notice.body());
        LOG.log(
                System.Logger.Level.INFO,
                "Policy version {0} published as number {1}; {2} notices queued",
                version.id(),
                number,
                told);
        return version;
    }

    private Optional<PolicyVersion> draftVersion() {
        return em.createQuery(
                        "select v from PolicyVersion v where v.draftSlot is not null",
                        PolicyVersion.class)
                .getResultStream()
                .findFirst();
    }
}
