package org.k12jobspot.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * Forms are sent to the site only from its own pages: a POST whose browser says it comes from
 * another site ({@code Origin}, else {@code Referer}) is refused with 403 before any page sees it.
 * Pages that keep no state for anonymous visitors (sign-in, registration, contact, mailed links)
 * have a view state that is the same for everyone, so this check, with the session cookie's
 * SameSite=Lax, is what keeps another site from posting them in a visitor's name. The RFC 8058
 * one-click unsubscribe is meant to be posted by mail programs and carries its own secret.
 */
@WebFilter(urlPatterns = "/*")
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String ONE_CLICK = "/unsubscribe/one-click";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod())
                || request.getServletPath().equals(ONE_CLICK)
                || fromThisSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /**
     * True unless the browser says the post comes from elsewhere: {@code Sec-Fetch-Site} where it
     * is sent, else the site named by {@code Origin}, else by {@code Referer}. Pages opened from
     * mailed links send no referrer, and browsers then send {@code Origin: null} for their forms;
     * without {@code Sec-Fetch-Site} that says nothing, and neither does a request without both.
     */
    private static boolean fromThisSite(HttpServletRequest request) {
        var fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        var origin = request.getHeader("Origin");
        var source =
                origin != null && !origin.equals("null") ? origin : request.getHeader("Referer");
        if (source == null) {
            return true;
        }
        var host = request.getHeader("Host");
        try {
            var authority = new URI(source.strip()).getRawAuthority();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
