package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.k12jobspot.accounts.api.ContactRequests;
import org.k12jobspot.accounts.api.DeletionLinkState;

/**
 * The page a deletion-request link opens. Opening it only looks at the link (mail scanners follow
 * links); the request is confirmed when the person presses the button.
 */
@Named
@RequestScoped
public class ConfirmDeletionView {

    @Inject ContactRequests requests;

    private String token;
    private DeletionLinkState state;

    public void confirm() {
        state = requests.confirmDeletion(token);
    }

    /** On a postback the form must exist while its token is read; afterwards the result shows. */
    public boolean isFormShown() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return state == null;
        }
        return state() == DeletionLinkState.USABLE;
    }

    public boolean isConfirmed() {
        return state == DeletionLinkState.CONFIRMED;
    }

    public String getResult() {
        if (isFormShown()) {
            return "";
        }
        return switch (state()) {
            case CONFIRMED ->
                    "Your deletion request is confirmed. Our staff will erase your account and"
                            + " mail you a receipt listing what was removed.";
            case EXPIRED ->
                    "This link has expired. Send your request again from the contact page; we"
                            + " will mail you a new link.";
            case UNKNOWN, USABLE ->
                    "This link is not valid. It may have been used already, a newer link may"
                            + " have replaced it, or the request was closed.";
        };
    }

    private DeletionLinkState state() {
        if (state == null) {
            state = requests.checkDeletionLink(token);
        }
        return state;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
