/**
 * What other modules and the web layer will use of the analytics module (empty until it is built).
 */
package org.k12jobspot.analytics.api;
