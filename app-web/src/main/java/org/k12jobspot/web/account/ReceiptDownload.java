package org.k12jobspot.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.web.platform.Caller;

/** A consent receipt as a JSON file; only the person it belongs to can download it. */
@WebServlet("/account/receipt.json")
public class ReceiptDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient Consents consents;
    @Inject transient Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var receipt = ReceiptView.find(consents, caller, request.getParameter("entry"));
        if (receipt.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        var id = receipt.get().entry().id();
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"consent-receipt-" + id + ".json\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(receipt.get().json());
    }
}
