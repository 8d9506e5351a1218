package org.k12jobspot.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountRegistered;
import org.k12jobspot.accounts.api.AccountVerified;
import org.k12jobspot.accounts.api.PasswordChanged;
import org.k12jobspot.accounts.api.ProfileChanged;

/**
 * A test-only observer deployed with the product: keeps every event the accounts module fires, so a
 * test can read the events about the account it made.
 */
@ApplicationScoped
public class RecordedEvents {

    private final List<Record> events = new CopyOnWriteArrayList<>();

    void registered(@Observes AccountRegistered event) {
        events.add(event);
    }

    void verified(@Observes AccountVerified event) {
        events.add(event);
    }

    void profileChanged(@Observes ProfileChanged event) {
        events.add(event);
    }

    void passwordChanged(@Observes PasswordChanged event) {
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
            case AccountRegistered e -> e.accountId();
            case AccountVerified e -> e.accountId();
            case ProfileChanged e -> e.accountId();
            case PasswordChanged e -> e.accountId();
            default -> null;
        };
    }
}
