/** Reduction of requests to counts, the in-memory buffer, the counter tables and suppression. */
package org.k12jobspot.analytics.internal;
