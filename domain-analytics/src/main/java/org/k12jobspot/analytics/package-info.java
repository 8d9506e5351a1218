/**
 * Analytics: site traffic and profile statistics kept only as aggregate counts that can never point
 * back to a person.
 *
 * <p>Owns the per-day counter tables (page views by hour and route, referring sites, browsers,
 * operating systems, networks, countries, unique visitors). Offers {@code Traffic}, which reduces
 * each page request at once to those counts and drops the address and user agent, and {@code
 * TrafficReports}, which reads the counts and the accounts module's profile statistics with small
 * cells hidden.
 *
 * <p>Publishes no events and observes none: nothing here depends on who is signed in.
 */
package org.k12jobspot.analytics;
