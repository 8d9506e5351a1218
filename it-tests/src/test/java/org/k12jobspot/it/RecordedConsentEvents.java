package org.k12jobspot.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.consent.api.ConsentGiven;
import org.k12jobspot.consent.api.ConsentWithdrawn;
import org.k12jobspot.consent.api.DisclosureRefused;

/** A test-only observer of the consent module's events, deployed with the product. */
@ApplicationScoped
public class RecordedConsentEvents {

    private final List<Record> events = new CopyOnWriteArrayList<>();

    void given(@Observes ConsentGiven event) {
        events.add(event);
    }

    void withdrawn(@Observes ConsentWithdrawn event) {
        events.add(event);
    }

    void refused(@Observes DisclosureRefused event) {
        events.add(event);
    }

    /** The events of one type about one account, in the order they were fired. */
    <T extends Record> List<T> about(AccountId account, Class<T> type) {
        return events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(event -> account.equals(accountOf(event)))
                .toList();
    }

    private static AccountId accountOf(Record event) {
        return switch (event) {
            case ConsentGiven e -> e.accountId();
            case ConsentWithdrawn e -> e.accountId();
            case DisclosureRefused e -> e.accountId();
            default -> null;
        };
    }
}
