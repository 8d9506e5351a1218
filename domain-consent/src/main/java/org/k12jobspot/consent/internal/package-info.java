/** The consent module's entities, stores, rules and receipts. */
package org.k12jobspot.consent.internal;
