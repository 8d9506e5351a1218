package org.k12jobspot.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.k12jobspot.consent.api.ConsentEntryId;
import org.k12jobspot.consent.api.ConsentReceipt;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.web.platform.Caller;

/** The readable receipt of one of the signed-in person's own consent decisions. */
@Named
@RequestScoped
public class ReceiptView {

    @Inject Consents consents;
    @Inject Caller caller;

    private String entry;
    private Optional<ConsentReceipt> receipt = Optional.empty();

    public void load() {
        receipt = find(consents, caller, entry);
        if (receipt.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Someone else's entry answers exactly like an unknown one. */
    static Optional<ConsentReceipt> find(Consents consents, Caller caller, String entry) {
        if (entry == null) {
            return Optional.empty();
        }
        try {
            return consents.receipt(caller.requireAccountId(), ConsentEntryId.parse(entry.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isFound() {
        return receipt.isPresent();
    }

    public ConsentReceipt getReceipt() {
        return receipt.orElse(null);
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
    }
}
