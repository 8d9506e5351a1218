package org.k12jobspot.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.k12jobspot.accounts.api.Erasures;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;
import org.k12jobspot.web.platform.SessionCookies;
import org.k12jobspot.web.platform.SignedInSessions;

/**
 * "Delete my account": the password again and an explicit confirmation, then everything goes. The
 * person's sessions end right after the erasure returns, here in the web layer, and the receipt is
 * shown on a public page rendered in the same response, so no new session is opened.
 */
@Named
@RequestScoped
public class DeleteAccountView {

    private static final System.Logger LOG = System.getLogger(DeleteAccountView.class.getName());

    @Inject Erasures erasures;
    @Inject Caller caller;
    @Inject SignedInSessions sessions;
    @Inject DeletionReceipts receipts;

    private String password;
    private boolean confirmed;

    public String delete() throws ServletException, IOException {
        if (!confirmed) {
            FieldMessages.show(
                    "delete",
                    Map.of("confirmed", "Tick the box to confirm that everything is deleted."));
            return null;
        }
        var id = caller.requireAccountId();
        String receiptKey;
        try {
            receiptKey = receipts.keep(erasures.eraseOwnAccount(id, password));
        } catch (InputRejected e) {
            password = null;
            var problems = new HashMap<>(e.problems());
            var account = problems.remove("account");
            if (account != null) {
                FieldMessages.error(account);
            }
            FieldMessages.show("delete", problems);
            return null;
        }

        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        sessions.endAllBut(id, null);
        SessionCookies.endAndForget(request, (HttpServletResponse) external.getResponse());
        LOG.log(System.Logger.Level.INFO, "Sessions of erased account {0} ended", id);

        // A plain redirect, as at sign-out: Faces navigation would open a new session.
        external.redirect(
                external.getRequestContextPath() + "/account-deleted?receipt=" + receiptKey);
        faces.responseComplete();
        return null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
