package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.PasswordResetOutcome;
import org.k12jobspot.accounts.api.ResetLinkState;
import org.k12jobspot.web.platform.FieldMessages;

/**
 * The page a password-reset link opens. Opening it only looks at the link (mail scanners follow
 * links); the link is used when the person sends a new password.
 */
@Named
@RequestScoped
public class ResetPasswordView {

    static final String DIFFERENT = "The two passwords differ. Type the same new password twice.";

    @Inject Accounts accounts;

    private String token;
    private String newPassword;
    private String repeatPassword;
    private PasswordResetOutcome outcome;
    private ResetLinkState linkState;

    public void reset() {
        if (newPassword != null && !newPassword.equals(repeatPassword)) {
            FieldMessages.show("reset", Map.of("repeatPassword", DIFFERENT));
            return;
        }
        try {
            outcome = accounts.resetPassword(token, newPassword);
        } catch (InputRejected e) {
            FieldMessages.show("reset", e.problems());
        }
        newPassword = null;
        repeatPassword = null;
    }

    /**
     * On a postback the form must exist while its inputs are read, before the token is known; the
     * outcome decides what is shown after.
     */
    public boolean isFormShown() {
        if (outcome != null) {
            return false;
        }
        return FacesContext.getCurrentInstance().isPostback()
                || linkState() == ResetLinkState.USABLE;
    }

    public boolean isChanged() {
        return outcome == PasswordResetOutcome.RESET;
    }

    /** Why the link cannot be used, or empty while it can. */
    public String getRefusal() {
        if (isFormShown() || isChanged()) {
            return "";
        }
        var expired =
                outcome == PasswordResetOutcome.EXPIRED
                        || (outcome == null && linkState() == ResetLinkState.EXPIRED);
        return expired
                ? "This link has expired. Ask for a new one below; it works for a limited time."
                : "This link is not valid. It may have been used already, or a newer link"
                        + " replaced it.";
    }

    private ResetLinkState linkState() {
        if (linkState == null) {
            linkState = accounts.checkResetLink(token);
        }
        return linkState;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
