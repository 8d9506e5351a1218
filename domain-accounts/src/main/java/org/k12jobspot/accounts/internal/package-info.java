/** Entities, stores and rules of the accounts module; nothing here is for other modules. */
package org.k12jobspot.accounts.internal;
