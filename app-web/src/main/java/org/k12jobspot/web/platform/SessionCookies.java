package org.k12jobspot.web.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Ends a session and tells the browser to delete its cookie, so nobody leaves with a dead one. */
public final class SessionCookies {

    private SessionCookies() {}

    public static void endAndForget(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        var name = request.getServletContext().getSessionCookieConfig().getName();
        var expired = new Cookie(name == null ? "JSESSIONID" : name, "");
        expired.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        expired.setMaxAge(0);
        expired.setHttpOnly(true);
        expired.setSecure(request.isSecure());
        expired.setAttribute("SameSite", "Lax");
        response.addCookie(expired);
    }
}
