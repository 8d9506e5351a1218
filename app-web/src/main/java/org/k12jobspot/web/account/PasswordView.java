package org.k12jobspot.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;
import org.k12jobspot.web.platform.SecuritySetup;

/** Changing one's own password; the only page open to someone holding a one-time password. */
@Named
@RequestScoped
public class PasswordView {

    @Inject Accounts accounts;
    @Inject Caller caller;

    private String currentPassword;
    private String newPassword;
    private boolean changed;

    public String change() {
        try {
            accounts.changePassword(caller.requireAccountId(), currentPassword, newPassword);
        } catch (InputRejected e) {
            FieldMessages.show("password", e.problems());
            return null;
        }

        // The accounts module announces the change; SignedInSessions ends the other sessions.
        var session =
                (HttpSession)
                        FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null) {
            session.removeAttribute(SecuritySetup.PASSWORD_CHANGE_REQUIRED);
        }
        changed = true;
        currentPassword = null;
        newPassword = null;
        FieldMessages.info("Your password is changed.");
        return null;
    }

    public boolean isChanged() {
        return changed;
    }

    /** Where to go on from here: the caller's own start page. */
    public String getNextPage() {
        return caller.isStaff() ? "/staff/accounts" : "/account/profile";
    }

    public boolean isRequired() {
        var session =
                (HttpSession)
                        FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null
                && Boolean.TRUE.equals(
                        session.getAttribute(SecuritySetup.PASSWORD_CHANGE_REQUIRED));
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
