package org.k12jobspot.web.pub;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.k12jobspot.consent.api.Unsubscribes;

/**
 * The address in a marketing mail's {@code List-Unsubscribe} header. Mail programs POST {@code
 * List-Unsubscribe=One-Click} to it (RFC 8058), which unsubscribes at once; a GET, as a scanner or
 * a person opening it would send, only leads to the confirmation page.
 */
@WebServlet("/unsubscribe/one-click")
@MultipartConfig(maxRequestSize = 8192)
public class OneClickUnsubscribe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient Unsubscribes unsubscribes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var token = request.getParameter("token");
        var query =
                token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + "/unsubscribe" + query);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (!"One-Click".equals(request.getParameter("List-Unsubscribe"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        var done = unsubscribes.confirm(request.getParameter("token"));
        response.setStatus(done ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(done ? "Unsubscribed." : "Unknown link.");
    }
}
