package org.k12jobspot.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.k12jobspot.accounts.api.AccountErased;
import org.k12jobspot.accounts.api.AccountId;

/** A test-only module that fails while erasing the accounts a test names, as a broken one would. */
@ApplicationScoped
public class FailingErasure {

    private final Set<AccountId> failFor = ConcurrentHashMap.newKeySet();

    void failWhenErasing(AccountId account) {
        failFor.add(account);
    }

    void erased(@Observes AccountErased erased) {
        if (failFor.remove(erased.account())) {
            throw new IllegalStateException("A module could not erase its rows");
        }
    }
}
