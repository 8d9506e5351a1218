/** Entities, stores and rules of the policy module (empty until it is built). */
package org.k12jobspot.policy.internal;
