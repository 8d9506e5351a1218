/** What other modules and the web layer may use of the accounts module. */
package org.k12jobspot.accounts.api;
