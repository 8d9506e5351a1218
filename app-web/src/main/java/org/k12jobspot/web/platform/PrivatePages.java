package org.k12jobspot.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Pages that show personal data are never stored by browsers or proxies, and a caller who must
 * change a one-time password sees nothing else until they have.
 */
@WebFilter(urlPatterns = {"/account/*", "/staff/*"})
public class PrivatePages extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String PASSWORD_PAGE = "/account/password";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");

        var session = request.getSession(false);
        var path = request.getServletPath();
        var mustChange =
                session != null
                        && Boolean.TRUE.equals(
                                session.getAttribute(SecuritySetup.PASSWORD_CHANGE_REQUIRED));
        if (mustChange && !path.startsWith(PASSWORD_PAGE)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
