/** Entities, stores and rules of the analytics module (empty until it is built). */
package org.k12jobspot.analytics.internal;
