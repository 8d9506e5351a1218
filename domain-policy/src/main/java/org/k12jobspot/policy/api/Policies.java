package org.k12jobspot.policy.api;

import java.util.List;
import java.util.Optional;

/**
 * The privacy policy as users read it: the version in effect, its history, and whether a user who
 * accepted an older version must be asked again. Staff drafting and publishing live beside it in
 * this module's api.
 */
public interface Policies {

    /** The version in effect today; the product ships one, so there always is one. */
    PublishedPolicy current();

    Optional<PublishedPolicy> find(PolicyVersionId id);

    /** Every published version, newest first, including any not yet in effect. */
    List<PublishedPolicy> published();

    /**
     * Whether a version in effect today and newer than {@code accepted} is marked as a material
     * change, so that a user who accepted {@code accepted} must accept again.
     */
    boolean materialChangeSince(PolicyVersionId accepted);
}
