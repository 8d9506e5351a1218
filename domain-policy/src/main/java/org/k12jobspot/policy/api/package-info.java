/** What other modules and the web layer will use of the policy module (empty until it is built). */
package org.k12jobspot.policy.api;
