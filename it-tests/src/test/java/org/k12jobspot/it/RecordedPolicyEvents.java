package org.k12jobspot.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.k12jobspot.policy.api.PolicyPublished;

/** A test-only observer deployed with the product: keeps every event the policy module fires. */
@ApplicationScoped
public class RecordedPolicyEvents {

    private final List<PolicyPublished> published = new CopyOnWriteArrayList<>();

    void published(@Observes PolicyPublished event) {
        published.add(event);
    }

    /** Every publication event so far, in the order they were fired. */
    List<PolicyPublished> all() {
        return List.copyOf(published);
    }
}
