package org.k12jobspot.web.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.k12jobspot.accounts.api.Role;

/**
 * Form sign-in through Jakarta Security. The sign-in page is a Faces page that calls {@code
 * SecurityContext.authenticate}; the accounts module's identity store checks the password.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue =
                @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.JOB_SEEKER_GROUP, Role.STAFF_GROUP, Role.ADMIN_GROUP, Role.UNVERIFIED_GROUP})
@ApplicationScoped
public class SecuritySetup {

    /** Session attribute: the signed-in caller must choose a new password before anything else. */
    public static final String PASSWORD_CHANGE_REQUIRED = "k12.passwordChangeRequired";
}
