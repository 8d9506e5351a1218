/**
 * The web application: Jakarta Faces pages for job seekers and staff, assembled from the domain
 * modules' {@code api} packages only. Sub-packages group the beans by area: {@code pub} for
 * anonymous pages, {@code account} for a signed-in job seeker, {@code staff} for staff screens and
 * {@code platform} for data source, schema, security and health wiring.
 */
package org.k12jobspot.web;
