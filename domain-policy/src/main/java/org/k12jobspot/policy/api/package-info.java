/**
 * What other modules and the web layer use of the policy module: {@link
 * org.k12jobspot.policy.api.Policies}, the published versions and the {@link
 * org.k12jobspot.policy.api.PolicyPublished} event.
 */
package org.k12jobspot.policy.api;
