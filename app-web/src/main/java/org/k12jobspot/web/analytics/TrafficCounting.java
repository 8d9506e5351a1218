package org.k12jobspot.web.analytics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.k12jobspot.analytics.api.PageRequest;
import org.k12jobspot.analytics.api.Traffic;

/**
 * Hands every finished request to the analytics module, which reduces it to aggregate counts at
 * once. Nothing here depends on who is signed in, and nothing of the request is kept here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TrafficCounting extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject Traffic traffic;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (traffic.enabled()) {
                traffic.count(
                        new PageRequest(
                                request.getMethod(),
                                request.getRequestURI()
                                        .substring(request.getContextPath().length()),
                                response.getStatus(),
                                "partial/ajax".equals(request.getHeader("Faces-Request")),
                                request.getServerName(),
                                request.getHeader("Referer"),
                                request.getHeader("User-Agent"),
                                request.getRemoteAddr(),
                                request.getHeader("X-Forwarded-For")));
            }
        }
    }
}
