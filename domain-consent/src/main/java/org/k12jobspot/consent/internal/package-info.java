/** Entities, stores and rules of the consent module (empty until it is built). */
package org.k12jobspot.consent.internal;
