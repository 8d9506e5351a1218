/**
 * What other modules and the web layer will use of the consent module (empty until it is built).
 */
package org.k12jobspot.consent.api;
