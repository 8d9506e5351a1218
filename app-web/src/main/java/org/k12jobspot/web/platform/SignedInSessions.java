package org.k12jobspot.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.PasswordChanged;
import org.k12jobspot.accounts.api.StaffMemberDisabled;

/**
 * The sessions each account is signed in with on this server, so that a changed or reset password
 * ends the others at once. Holds session objects only, never anything about the person. Kept in
 * this server's memory only: a cluster of servers would need a shared registry.
 */
@ApplicationScoped
public class SignedInSessions {

    @Inject HttpServletRequest request;

    private final Map<AccountId, Map<String, HttpSession>> byAccount = new ConcurrentHashMap<>();

    public void signedIn(AccountId account, HttpSession session) {
        byAccount
                .computeIfAbsent(account, a -> new ConcurrentHashMap<>())
                .put(session.getId(), session);
    }

    /** Ends every session of the account except the one given (which may be null). */
    public void endAllBut(AccountId account, HttpSession keep) {
        var sessions = byAccount.getOrDefault(account, Map.of());
        var kept = keep == null ? null : keep.getId();
        for (var session : List.copyOf(sessions.values())) {
            if (!session.getId().equals(kept)) {
                sessions.remove(session.getId());
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // It ended by itself in the meantime.
                }
            }
        }
    }

    /**
     * Whoever still holds a session with the old password is signed out; the session that made the
     * change, if it is one of the account's, stays.
     */
    void passwordChanged(@Observes PasswordChanged event) {
        endAllBut(event.accountId(), currentSession());
    }

    /** A disabled staff member is signed out everywhere at once, whoever disabled them. */
    void staffMemberDisabled(@Observes StaffMemberDisabled event) {
        endAllBut(event.accountId(), null);
    }

    void ended(HttpSession session) {
        byAccount.values().forEach(sessions -> sessions.remove(session.getId()));
        byAccount.values().removeIf(Map::isEmpty);
    }

    private HttpSession currentSession() {
        try {
            return request.getSession(false);
        } catch (ContextNotActiveException notInARequest) {
            return null;
        }
    }
}
