package org.k12jobspot.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PolicyDrafts;
import org.k12jobspot.policy.api.PolicyVersionId;
import org.k12jobspot.policy.api.Publication;
import org.k12jobspot.policy.api.PublishedPolicy;
import org.k12jobspot.web.platform.FieldMessages;

/**
 * Administrators writing the next version of the privacy policy: the draft's Markdown with a live
 * preview, then publication in two steps (review, confirm).
 */
@Named
@ViewScoped
public class StaffPolicyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "policy";

    @Inject transient PolicyDrafts drafts;
    @Inject transient Policies policies;

    private PolicyVersionId draftId;
    private String markdown;
    private String preview;
    private String changeSummary;
    private LocalDate effectiveOn;
    private boolean material;
    private boolean confirming;

    @PostConstruct
    void load() {
        var draft = drafts.draft();
        draftId = draft.map(d -> d.id()).orElse(null);
        markdown = draft.map(d -> d.markdown()).orElseGet(drafts::currentMarkdown);
        refreshPreview();
    }

    public void refreshPreview() {
        preview = drafts.preview(markdown);
    }

    public void saveDraft() {
        try {
            draftId = drafts.saveDraft(markdown).id();
        } catch (InputRejected e) {
            FieldMessages.show(FORM, e.problems());
            return;
        }
        refreshPreview();
        FieldMessages.info("Draft saved. Readers see nothing of it until it is published.");
    }

    /** The first step of publishing: the draft is saved, the details checked, then confirmed. */
    public void review() {
        try {
            draftId = drafts.saveDraft(markdown).id();
        } catch (InputRejected e) {
            FieldMessages.show(FORM, e.problems());
            return;
        }
        try {
            drafts.check(publication());
        } catch (InputRejected e) {
            FieldMessages.show(FORM, e.problems());
            return;
        }
        refreshPreview();
        confirming = true;
    }

    public void publish() {
        PublishedPolicy version;
        try {
            version = drafts.publish(publication());
        } catch (InputRejected e) {
            confirming = false;
            FieldMessages.show(FORM, e.problems());
            return;
        }
        FieldMessages.info(
                "Version "
                        + version.number()
                        + " is published and takes effect on "
                        + version.effectiveOn()
                        + ". Every account with a confirmed address is being told by email.");
        confirming = false;
        draftId = null;
        changeSummary = null;
        effectiveOn = null;
        material = false;
        markdown = drafts.currentMarkdown();
        refreshPreview();
    }

    public void back() {
        confirming = false;
    }

    public List<PublishedPolicy> getPublished() {
        return policies.published();
    }

    public int getNextNumber() {
        return policies.published().stream().mapToInt(PublishedPolicy::number).max().orElse(0) + 1;
    }

    private Publication publication() {
        return new Publication(draftId, changeSummary, effectiveOn, material);
    }

    public boolean isHasDraft() {
        return draftId != null;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public String getPreview() {
        return preview;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public void setChangeSummary(String changeSummary) {
        this.changeSummary = changeSummary;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public boolean isMaterial() {
        return material;
    }

    public void setMaterial(boolean material) {
        this.material = material;
    }

    public boolean isConfirming() {
        return confirming;
    }
}
