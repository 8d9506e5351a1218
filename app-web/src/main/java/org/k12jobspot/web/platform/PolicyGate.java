package org.k12jobspot.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.consent.api.PolicyPrompt;
import org.k12jobspot.policy.api.Policies;

/**
 * A signed-in job seeker who accepted an older policy sees the version in effect before anything
 * else when it is a material change, and a one-time notice when it is not. The session remembers
 * only the id of the version already settled, so the ledger is read once per new version.
 */
@WebFilter(urlPatterns = "/*")
public class PolicyGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: the policy version this session has settled (not personal data). */
    static final String SETTLED = "k12.policy.settled";

    /** Request attribute the page template reads to show the one-time notice. */
    public static final String NOTICE = "policyNotice";

    public static final String ACCEPT_PAGE = "/account/policy-update";

    private static final List<String> ALWAYS_OPEN =
            List.of(
                    ACCEPT_PAGE,
                    // Someone who will not accept a new version may still take their data and go.
                    "/account/export",
                    "/account/delete",
                    "/account-deleted",
                    "/contact",
                    "/confirm-deletion",
                    "/privacy",
                    "/jakarta.faces.resource/",
                    "/resources/",
                    "/error",
                    "/expired",
                    "/health",
                    "/unsubscribe");

    @Inject transient Consents consents;
    @Inject transient Policies policies;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var session = request.getSession(false);
        var path = request.getServletPath();
        if (session == null
                || request.getUserPrincipal() == null
                || ALWAYS_OPEN.stream().anyMatch(path::startsWith)
                || !isJobSeeker(request)) {
            chain.doFilter(request, response);
            return;
        }

        var current = policies.current().id().toString();
        if (!current.equals(session.getAttribute(SETTLED))) {
            var account = AccountId.parse(request.getUserPrincipal().getName());
            var prompt = consents.policyPrompt(account);
            if (prompt.isPresent() && prompt.get().kind() == PolicyPrompt.Kind.MUST_ACCEPT) {
                redirectToAcceptance(request, response);
                return;
            }
            if (prompt.isPresent() && "GET".equals(request.getMethod())) {
                request.setAttribute(NOTICE, prompt.get());
                consents.noticeShown(account, prompt.get().current());
                session.setAttribute(SETTLED, current);
            } else if (prompt.isEmpty()) {
                session.setAttribute(SETTLED, current);
            }
        }
        chain.doFilter(request, response);
    }

    /** Called when the person accepts a version, so the next request need not ask again. */
    public static void settled(HttpServletRequest request, String versionId) {
        var session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SETTLED, versionId);
        }
    }

    private static void redirectToAcceptance(
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        var target = request.getContextPath() + ACCEPT_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A Faces ajax request follows only a redirect written as a partial response.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                                    + "<redirect url=\""
                                    + target
                                    + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }

    private static boolean isJobSeeker(HttpServletRequest request) {
        try {
            return request.isUserInRole(Role.JOB_SEEKER_GROUP);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
