package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * At start-up, erases again every account the erasure journal names that the database holds: a
 * database restored from a backup brings back accounts erased after the backup was taken. Each is
 * erased in a transaction of its own, logged by id only.
 */
@ApplicationScoped
public class ErasureReplay {

    private static final System.Logger LOG = System.getLogger(ErasureReplay.class.getName());

    @Inject ErasureJournal journal;
    @Inject AccountErasure erasure;

    /** How many accounts were erased again. */
    int replay() {
        var erasedAgain = 0;
        for (var id : journal.erasedAccounts()) {
            if (erasure.eraseAgain(id)) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Account {0} came back with a restored database and was erased again",
                        id);
                erasedAgain++;
            }
        }
        if (erasedAgain > 0) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "Erased {0} account(s) again that the erasure journal names",
                    erasedAgain);
        }
        return erasedAgain;
    }
}
