/**
 * Online backups of the embedded Derby database: taken on a schedule and on demand by an
 * administrator, each checked by restoring it into a scratch copy before it counts, kept for a
 * configured number of days and then deleted (so erased data ages out of them), and restored by one
 * offline command ({@code bin/restore-backup}). With PostgreSQL configured, backups are the
 * database operator's job and nothing here runs. Publishes and observes no events.
 */
package org.k12jobspot.web.backup;
