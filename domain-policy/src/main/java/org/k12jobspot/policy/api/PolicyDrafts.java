package org.k12jobspot.policy.api;

import java.util.Optional;

/**
 * Staff writing the next version of the privacy policy: one draft at a time, saved as often as they
 * like, previewed as readers will see it, then published. Published versions have no way back into
 * editing. Refusals come as {@link org.k12jobspot.accounts.api.InputRejected} with one message per
 * field ({@code markdown}, {@code changeSummary}, {@code effectiveOn}).
 */
public interface PolicyDrafts {

    /** Field names used in refusals. */
    String MARKDOWN = "markdown";

    String CHANGE_SUMMARY = "changeSummary";
    String EFFECTIVE_ON = "effectiveOn";

    /** The most characters a change summary may have. */
    int SUMMARY_MAX = 300;

    Optional<PolicyDraft> draft();

    /** The Markdown of the version in effect, the natural start of a new draft. */
    String currentMarkdown();

    /** Stores the text as the draft, opening one if there is none. */
    PolicyDraft saveDraft(String markdown);

    /** The Markdown as readers would see it: rendered and sanitized, nothing stored. */
    String preview(String markdown);

    /** Refuses, as {@link #publish} would, a publication that breaks a rule; stores nothing. */
    void check(Publication publication);

    /**
     * Publishes the draft as the next numbered version, fires {@link PolicyPublished} and queues a
     * notice to every account with a confirmed address, all in one transaction.
     */
    PublishedPolicy publish(Publication publication);
}
