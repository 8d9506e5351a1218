package org.k12jobspot.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.k12jobspot.accounts.api.AccountId;

/**
 * A test-only observer deployed with the product: keeps every event any module fires (they are all
 * records), so a test can read the events of one type, or those about the account it made.
 */
@ApplicationScoped
public class RecordedEvents {

    private final List<Record> events = new CopyOnWriteArrayList<>();

    void fired(@Observes Record event) {
        events.add(event);
    }

    /** The events of one type, in the order they were fired. */
    <T extends Record> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The events of one type about one account (their {@code accountId}), in order. */
    <T extends Record> List<T> about(AccountId account, Class<T> type) {
        return all(type).stream().filter(event -> account.equals(accountOf(event))).toList();
    }

    private static AccountId accountOf(Record event) {
        for (var component : event.getClass().getRecordComponents()) {
            if (component.getName().equals("accountId")) {
                try {
                    return (AccountId) component.getAccessor().invoke(event);
                } catch (ReflectiveOperationException | ClassCastException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
