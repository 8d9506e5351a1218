/**
 * Policy: the versioned privacy policy, its publication and the notices of its changes.
 *
 * <p>Not built yet: the module has its place in the build and its boundaries, but no behaviour; the
 * site shows a placeholder privacy page until it is. It will publish {@code PolicyPublished}.
 */
package org.k12jobspot.policy;
