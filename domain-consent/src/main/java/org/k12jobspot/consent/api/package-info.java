/**
 * What other modules and the web layer use of the consent module: its facades, the ledger's records
 * and the events it fires.
 */
package org.k12jobspot.consent.api;
