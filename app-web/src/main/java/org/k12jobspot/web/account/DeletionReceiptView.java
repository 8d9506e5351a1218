package org.k12jobspot.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.k12jobspot.accounts.api.ErasureReceipt;

/**
 * The receipt of an erasure just done, for the public page the deletion redirects to; without a
 * known receipt key (or after ten minutes) the page says there is nothing to show.
 */
@Named
@RequestScoped
public class DeletionReceiptView {

    @Inject DeletionReceipts receipts;
    @Inject HttpServletRequest request;

    private ErasureReceipt receipt;

    @PostConstruct
    void find() {
        receipt = receipts.find(request.getParameter("receipt")).orElse(null);
    }

    public boolean isShown() {
        return receipt != null;
    }

    public Instant getErasedAt() {
        return receipt == null ? null : receipt.erasedAt();
    }

    public List<String> getLines() {
        return receipt == null ? List.of() : receipt.lines();
    }
}
