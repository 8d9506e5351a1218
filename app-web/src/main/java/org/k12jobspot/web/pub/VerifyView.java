package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.VerificationOutcome;

/**
 * The page a verification link opens. Opening it changes nothing (mail scanners follow links); the
 * person confirms with a button.
 */
@Named
@RequestScoped
public class VerifyView {

    @Inject Accounts accounts;

    private String token;
    private VerificationOutcome outcome;

    public void confirm() {
        outcome = accounts.verify(token);
    }

    public boolean isDone() {
        return outcome != null;
    }

    public boolean isVerified() {
        return outcome == VerificationOutcome.VERIFIED;
    }

    public String getResult() {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case VERIFIED -> "Your email address is confirmed. You can sign in now.";
            case EXPIRED ->
                    "This link has expired. Sign in with your email and password and we"
                            + " will send you a new one.";
            case UNKNOWN ->
                    "This link is not valid. It may have been used already, or the account"
                            + " no longer exists.";
        };
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
