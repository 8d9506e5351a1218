/**
 * Entities, stores and rules of the policy module: the version entity, the Markdown rendering and
 * sanitizing, the comparison of two texts, the publication rules, the notice mail and start-up.
 */
package org.k12jobspot.policy.internal;
