/**
 * Policy: the versioned privacy policy, its publication and the notices of its changes.
 *
 * <p>Owns the versions of the policy (table {@code policy_versions}, persistence unit {@code
 * policy}, changelog {@code db/policy/changelog.xml}): at most one draft, and published versions
 * numbered 1, 2, 3… that never change, each with an effective date, a change summary and a material
 * flag. The version shipped with the product is published as version 1 on the first start (not
 * announced: there is nobody to tell yet).
 *
 * <p>Offers {@link org.k12jobspot.policy.api.Policies} (the version in effect, the history, safe
 * HTML of each version, line-by-line comparisons, whether a material change needs a new acceptance)
 * and {@link org.k12jobspot.policy.api.PolicyDrafts} (staff editing and publishing).
 *
 * <p>Publishes {@link org.k12jobspot.policy.api.PolicyPublished}, synchronously inside the
 * publishing transaction, and queues a transactional notice to every confirmed account through the
 * accounts module's {@code Outbox} in the same transaction. Observes no events.
 */
package org.k12jobspot.policy;
