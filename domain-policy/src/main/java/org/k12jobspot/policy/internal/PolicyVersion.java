package org.k12jobspot.policy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.k12jobspot.policy.api.PolicyDraft;
import org.k12jobspot.policy.api.PolicyVersionId;
import org.k12jobspot.policy.api.PublishedPolicy;

/**
 * One version of the privacy policy. It starts as the draft (no number, no effective date), may be
 * rewritten while it is one, and is published once: it then gets the next number, an effective
 * date, a change summary and the material flag, and nothing of it can change again.
 */
@Entity
@Table(name = "policy_versions")
public class PolicyVersion {

    private static final int DRAFT = 1;

    @Id private String id;

    @Column(name = "version_number")
    private Integer number;

    /** 1 while a draft, null once published: a unique column, so one draft at a time. */
    @Column(name = "draft_slot")
    private Integer draftSlot;

    @Lob private String markdown;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "change_summary")
    private String changeSummary;

    private boolean material;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version private long version;

    protected PolicyVersion() {}

    static PolicyVersion draft(String markdown, Instant now) {
        var draft = new PolicyVersion();
        draft.id = PolicyVersionId.newId().toString();
        draft.draftSlot = DRAFT;
        draft.markdown = markdown;
        draft.createdAt = now;
        draft.updatedAt = now;
        return draft;
    }

    boolean isDraft() {
        return draftSlot != null;
    }

    void rewrite(String text, Instant now) {
        if (!isDraft()) {
            throw new IllegalStateException("A published version never changes");
        }
        markdown = text;
        updatedAt = now;
    }

    void publish(int next, String summary, LocalDate effective, boolean isMaterial, Instant now) {
        if (!isDraft()) {
            throw new IllegalStateException("A published version never changes");
        }
        draftSlot = null;
        number = next;
        changeSummary = summary;
        effectiveOn = effective;
        material = isMaterial;
        publishedAt = now;
        updatedAt = now;
    }

    PolicyVersionId id() {
        return PolicyVersionId.parse(id);
    }

    String markdown() {
        return markdown;
    }

    PublishedPolicy published() {
        if (isDraft()) {
            throw new IllegalStateException("Not published");
        }
        return new PublishedPolicy(id(), number, effectiveOn, changeSummary, material, publishedAt);
    }

    PolicyDraft asDraft() {
        return new PolicyDraft(id(), markdown, updatedAt);
    }
}
