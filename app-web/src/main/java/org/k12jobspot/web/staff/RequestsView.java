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

/** The staff queue of contact requests: open ones oldest first, then the recently closed. */
@Named
@RequestScoped
public class RequestsView {

    private static final int OPEN = 500;
    private static final int CLOSED = 50;

    @Inject ContactRequests requests;

    private List<ContactRequest> open = List.of();
    private List<ContactRequest> closed = List.of();

    @PostConstruct
    void load() {
        open = requests.open(OPEN);
        closed = requests.recentlyClosed(CLOSED);
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

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    public List<ContactRequest> getOpen() {
        return open;
    }

    public List<ContactRequest> getClosed() {
        return closed;
    }
}
