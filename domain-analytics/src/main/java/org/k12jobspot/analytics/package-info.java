/**
 * Analytics: site traffic and profile statistics kept only as aggregate counts that can never point
 * back to a person.
 *
 * <p>Not built yet: the module has its place in the build and its boundaries, but no behaviour. It
 * will observe nothing that carries identity and publish no events.
 */
package org.k12jobspot.analytics;
