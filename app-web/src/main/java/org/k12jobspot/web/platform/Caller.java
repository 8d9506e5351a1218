package org.k12jobspot.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Role;

/**
 * Who is asking, for pages and beans: the account id behind the principal, and the roles. Read from
 * the servlet request, which also answers on error pages where Jakarta Security's context is not
 * set up.
 */
@Named
@RequestScoped
public class Caller {

    @Inject HttpServletRequest request;

    public Optional<AccountId> accountId() {
        var principal = request.getUserPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(AccountId.parse(principal.getName()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The signed-in account; pages that call this are protected by web.xml constraints. */
    public AccountId requireAccountId() {
        return accountId().orElseThrow(() -> new IllegalStateException("not signed in"));
    }

    public boolean isSignedIn() {
        return accountId().isPresent();
    }

    public boolean isJobSeeker() {
        return inRole(Role.JOB_SEEKER_GROUP);
    }

    public boolean isStaff() {
        return inRole(Role.STAFF_GROUP);
    }

    public boolean isAdmin() {
        return inRole(Role.ADMIN_GROUP);
    }

    public boolean isUnverified() {
        return inRole(Role.UNVERIFIED_GROUP);
    }

    private boolean inRole(String role) {
        if (request.getUserPrincipal() == null) {
            return false;
        }
        try {
            return request.isUserInRole(role);
        } catch (RuntimeException e) {
            // Payara's authorization module has no policy context while an error page renders
            // after an exception; the page then shows the anonymous navigation.
            return false;
        }
    }
}
