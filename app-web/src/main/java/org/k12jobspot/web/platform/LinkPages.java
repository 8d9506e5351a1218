package org.k12jobspot.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Pages opened from a mailed link carry its secret token in their address: they are never stored by
 * browsers or proxies, and their address is never sent on as a referrer.
 */
@WebFilter(
        urlPatterns = {
            "/reset-password",
            "/reset-password.xhtml",
            "/verify",
            "/verify.xhtml",
            "/confirm-deletion",
            "/confirm-deletion.xhtml"
        })
public class LinkPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
