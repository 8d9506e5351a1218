package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;
import org.k12jobspot.web.platform.SecuritySetup;
import org.k12jobspot.web.platform.SessionCookies;
import org.k12jobspot.web.platform.SignedInSessions;

/**
 * Sign-in. A wrong password and a locked account get the same message, so the page tells nobody
 * which one it was. The session id changes at sign-in.
 */
@Named
@RequestScoped
public class LoginView {

    static final String REFUSED =
            "That email and password do not match an account, or sign-in is paused for a few"
                    + " minutes after too many attempts.";
    static final String UNVERIFIED =
            "Please confirm your email address first with the link we mailed you. We send a new"
                    + " one when you sign in, a few times an hour at most.";

    @Inject SecurityContext security;
    @Inject Accounts accounts;
    @Inject Caller caller;
    @Inject SignedInSessions signedIn;

    private String email;
    private String password;

    public String signIn() {
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();

        var status =
                security.authenticate(
                        request,
                        response,
                        AuthenticationParameters.withParams()
                                .credential(
                                        new UsernamePasswordCredential(
                                                nullToEmpty(email), nullToEmpty(password)))
                                .newAuthentication(true));

        switch (status) {
            case SEND_CONTINUE -> {
                faces.responseComplete();
                return null;
            }
            case SUCCESS -> {
                return afterSuccess(request, response);
            }
            default -> {
                forgetSessionOfThisAttempt(request, response);
                FieldMessages.error(REFUSED);
                return null;
            }
        }
    }

    private String afterSuccess(HttpServletRequest request, HttpServletResponse response) {
        if (caller.isUnverified()) {
            accounts.resendVerification(email);
            logout(request);
            forgetSessionOfThisAttempt(request, response);
            FieldMessages.error(UNVERIFIED);
            return null;
        }
        request.changeSessionId();
        var id = caller.requireAccountId();
        signedIn.signedIn(id, request.getSession());
        if (accounts.mustChangePassword(id)) {
            request.getSession().setAttribute(SecuritySetup.PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
            return "/account/password?faces-redirect=true";
        }
        return caller.isStaff()
                ? "/staff/accounts?faces-redirect=true"
                : "/account/profile?faces-redirect=true";
    }

    /**
     * Jakarta Security opens a session for every sign-in attempt. A refused visitor keeps none: the
     * session is dropped and the browser told to delete its cookie. That includes a session opened
     * before the attempt (by being sent here from a private page): a refused attempt leaves a mark
     * in it that makes the implementation answer every later private page with an empty 200 instead
     * of sending the visitor to sign in. Only anonymous visitors are refused, and their sessions
     * hold nothing else: every public page is stateless.
     */
    private static void forgetSessionOfThisAttempt(
            HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session != null && request.getUserPrincipal() == null) {
            SessionCookies.endAndForget(request, response);
        }
    }

    private static void logout(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            // Nothing to undo: the caller was never let in.
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
