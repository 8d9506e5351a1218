package org.k12jobspot.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.k12jobspot.accounts.api.ContactRequest;
import org.k12jobspot.accounts.api.ContactRequests;
import org.k12jobspot.accounts.api.ErasureCause;
import org.k12jobspot.accounts.api.Erasures;
import org.k12jobspot.accounts.api.PastErasure;

/**
 * The staff queue of contact requests: open ones oldest first, then the recently closed, then the
 * newest erasures with who erased and why.
 */
@Named
@RequestScoped
public class RequestsView {

    private static final int OPEN = 500;
    private static final int CLOSED = 50;
    private static final int ERASURES = 50;

    @Inject ContactRequests requests;
    @Inject Erasures erasures;

    private List<ContactRequest> open = List.of();
    private List<ContactRequest> closed = List.of();
    private List<PastErasure> pastErasures = List.of();

    @PostConstruct
    void load() {
        open = requests.open(OPEN);
        closed = requests.recentlyClosed(CLOSED);
        pastErasures = erasures.recent(ERASURES);
    }

    /** How long ago the request came, in the largest whole unit. */
    public String age(ContactRequest request) {
        return age(request.receivedAt(), Instant.now());
    }

    static String age(Instant since, Instant now) {
        var elapsed = Duration.between(since, now);
        if (elapsed.toDays() > 0) {
            return plural(elapsed.toDays(), "day");
        }
        if (elapsed.toHours() > 0) {
            return plural(elapsed.toHours(), "hour");
        }
        return plural(Math.max(0, elapsed.toMinutes()), "minute");
    }

    /** The cause of an erasure in words. */
    public String cause(PastErasure erasure) {
        return cause(erasure.cause());
    }

    static String cause(ErasureCause cause) {
        return switch (cause) {
            case OWN_REQUEST -> "Deleted by the person";
            case STAFF_ON_REQUEST -> "Erased by staff on request";
            case REPLAYED_AFTER_RESTORE -> "Erased again after a restore";
        };
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    public List<ContactRequest> getOpen() {
        return open;
    }

    public List<ContactRequest> getClosed() {
        return closed;
    }

    public List<PastErasure> getErasures() {
        return pastErasures;
    }
}
