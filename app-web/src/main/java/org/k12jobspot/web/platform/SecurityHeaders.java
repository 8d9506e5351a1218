package org.k12jobspot.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Every answer of the site, pages, resources, downloads and error pages alike, tells the browser
 * not to guess content types, not to show it inside a frame, to send the page's address only to
 * this site, and to run no script the site did not send. Pages are never stored, since most of them
 * show something about the visitor (their name, a form they filled in, a link's secret).
 *
 * <p>Faces pages get their Content-Security-Policy from PrimeFaces' CSP mode ({@code
 * primefaces.CSP_POLICY} in web.xml), which adds a fresh nonce for each page; it replaces the
 * stricter policy set here for everything else.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {
            DispatcherType.REQUEST,
            DispatcherType.FORWARD,
            DispatcherType.INCLUDE,
            DispatcherType.ERROR,
            DispatcherType.ASYNC
        })
public class SecurityHeaders extends HttpFilter {

    /** The policy of everything that is not a Faces page: nothing may load, run or frame it. */
    public static final String NO_CONTENT_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /**
     * The policy of Faces pages, to which PrimeFaces appends the page's nonce (so script-src comes
     * last). Scripts only from the site and that nonce, no plugins, forms only to the site, never
     * in a frame. Inline styles stay allowed: components render style attributes, and a style
     * cannot run code.
     */
    public static final String PAGE_POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
                    + " frame-ancestors 'none'; img-src 'self' data:;"
                    + " style-src 'self' 'unsafe-inline'; script-src 'self'";

    static final String CSP = "Content-Security-Policy";
    private static final long serialVersionUID = 1L;
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, NO_CONTENT_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        if (!response.containsHeader("Referrer-Policy")) {
            // Mailed-link pages set no-referrer themselves; keep the stricter one.
            response.setHeader("Referrer-Policy", "same-origin");
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * PrimeFaces adds its page policy with {@code addHeader}; two policies would both be enforced,
     * and the one without the nonce would block the page's scripts, so the page's replaces ours.
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
