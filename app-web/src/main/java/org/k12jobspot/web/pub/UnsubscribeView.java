package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.Unsubscribes;

/**
 * The page behind an unsubscribe link. Opening it changes nothing, because mail scanners open
 * links; only the confirm button withdraws the consent.
 */
@Named
@RequestScoped
public class UnsubscribeView {

    @Inject Unsubscribes unsubscribes;

    private String token;
    private Optional<Purpose> purpose = Optional.empty();
    private boolean done;

    public void load() {
        purpose = unsubscribes.lookUp(token);
    }

    public void confirm() {
        purpose = unsubscribes.lookUp(token);
        done = unsubscribes.confirm(token);
    }

    public boolean isKnown() {
        return purpose.isPresent();
    }

    public String getPurposeTitle() {
        return purpose.map(Purpose::title).orElse("");
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
