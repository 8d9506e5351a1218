package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.k12jobspot.accounts.api.Accounts;

/**
 * Asking for a password-reset link. The answer is the same whether or not the address has an
 * account, so the page tells nobody which addresses are registered.
 */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject Accounts accounts;

    private String email;
    private boolean sent;

    public void send() {
        accounts.requestPasswordReset(email);
        sent = true;
        email = null;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
