/**
 * What other modules and the web layer use of the policy module: {@link
 * org.k12jobspot.policy.api.Policies} for readers, {@link org.k12jobspot.policy.api.PolicyDrafts}
 * for staff, the published versions, their comparisons, and the {@link
 * org.k12jobspot.policy.api.PolicyPublished} event.
 */
package org.k12jobspot.policy.api;
