package org.k12jobspot.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.k12jobspot.accounts.api.Exports;
import org.k12jobspot.web.platform.Caller;

/** Everything held about the signed-in person, as one JSON file for them alone. */
@WebServlet("/account/export")
public class ExportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient Exports exports;
    @Inject transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var json = exports.export(caller.requireAccountId());

        var day = LocalDate.now(ZoneOffset.UTC);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"k12jobspot-export-" + day + ".json\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(json);
    }
}
