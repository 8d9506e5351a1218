package org.k12jobspot.policy.api;

import java.util.List;
import java.util.Optional;

/**
 * The privacy policy as users read it: the version in effect, its history, and whether a user who
 * accepted an older version must be asked again. Staff drafting and publishing live beside it in
 * {@link PolicyDrafts}.
 */
public interface Policies {

    /** The version in effect today; the product ships one, so there always is one. */
    PublishedPolicy current();

    Optional<PublishedPolicy> find(PolicyVersionId id);

    /** The published version with this number (1, 2, 3, …), in effect or not yet. */
    Optional<PublishedPolicy> findByNumber(int number);

    /** Every published version, newest first, including any not yet in effect. */
    List<PublishedPolicy> published();

    /**
     * Whether a version in effect today and newer than {@code accepted} is marked as a material
     * change, so that a user who accepted {@code accepted} must accept again.
     */
    boolean materialChangeSince(PolicyVersionId accepted);

    /** The site's address and privacy contacts, as the policy names them. */
    SiteContact contact();

    /**
     * The text of a published version as safe HTML: rendered from Markdown, contact details from
     * the configuration filled in, then sanitized (no script, no raw HTML, only http, https and
     * mailto links). Empty when there is no such published version.
     */
    Optional<String> html(PolicyVersionId id);

    /** The line-by-line changes from one published version to another; empty if either is not. */
    Optional<PolicyComparison> compare(PolicyVersionId from, PolicyVersionId to);
}
