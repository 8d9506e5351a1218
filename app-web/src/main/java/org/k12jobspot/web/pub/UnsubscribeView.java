package org.k12jobspot.web.pub;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.Unsubscribes;

/**
 * The page behind an unsubscribe link. Opening it changes nothing, because mail scanners open
 * links; only the confirm button withdraws the consent. The page is stateless, so the token is read
 * from the request itself: the link's query on opening, the form's hidden field on confirm.
 */
@Named
@RequestScoped
public class UnsubscribeView {

    static final String FORM_TOKEN = "unsubscribe:token";

    @Inject Unsubscribes unsubscribes;

    private String token;
    private Optional<Purpose> purpose = Optional.empty();
    private boolean done;

    @PostConstruct
    void load() {
        var parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        token = parameters.getOrDefault(FORM_TOKEN, parameters.get("token"));
        purpose = unsubscribes.lookUp(token);
    }

    public void confirm() {
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
}
