package org.k12jobspot.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccessLog;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentEntry;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.ConsentState;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;

/**
 * One account's consents for staff, shown once the staff member has said why they open them, and
 * changed only at the person's request with a reason; the ledger records the staff member and the
 * reason, and the person's access log both the opening and the change.
 */
@Named
@ViewScoped
public class StaffConsentView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What staff may change for a person: marketing either way, and a withdrawal of every profile
     * release; never the policy acceptance or the transfer, which only deletion ends.
     */
    private static final List<Purpose> CHANGEABLE =
            List.of(Purpose.MARKETING_EMAIL, Purpose.PROFILE_RELEASE);

    @Inject Consents consents;
    @Inject Accounts accounts;
    @Inject AccessLog accessLog;
    @Inject Caller caller;

    private AccountId account;
    private AccountSummary summary;
    private String openReason;
    private boolean opened;
    private List<ConsentState> states = List.of();
    private List<ConsentEntry> history = List.of();
    private Purpose purpose;
    private boolean give;
    private String reason;

    @PostConstruct
    void load() {
        var id =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get("id");
        try {
            account = id == null ? null : AccountId.parse(id.strip());
        } catch (IllegalArgumentException e) {
            account = null;
        }
        summary = account == null ? null : accounts.find(account).orElse(null);
        if (summary == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Shows the consents once the reason for opening them is in the person's access log. */
    public void open() {
        try {
            accessLog.opened(account, caller.requireAccountId(), "consents", openReason);
            opened = true;
            reload();
        } catch (InputRejected e) {
            FieldMessages.show("open", e.problems());
        }
    }

    public void change() {
        if (!opened) {
            return;
        }
        try {
            var recorded =
                    consents.record(
                            new ConsentChange(
                                    account,
                                    purpose,
                                    give,
                                    Optional.empty(),
                                    ConsentSource.STAFF_ON_REQUEST,
                                    Optional.of(caller.requireAccountId()),
                                    Optional.ofNullable(reason)));
            if (!recorded) {
                FieldMessages.error(
                        "Nothing recorded: this consent is already "
                                + (give ? "given" : "withdrawn")
                                + ".");
                return;
            }
            reason = null;
            reload();
            FieldMessages.info("Recorded in the person's consent ledger.");
        } catch (InputRejected e) {
            FieldMessages.show("change", e.problems());
        }
    }

    private void reload() {
        states = consents.current(account);
        history = consents.history(account);
    }

    public boolean isFound() {
        return summary != null;
    }

    public boolean isOpened() {
        return opened;
    }

    public String getOpenReason() {
        return openReason;
    }

    public void setOpenReason(String openReason) {
        this.openReason = openReason;
    }

    public AccountSummary getSummary() {
        return summary;
    }

    public List<ConsentState> getStates() {
        return states;
    }

    public List<ConsentEntry> getHistory() {
        return history;
    }

    public List<Purpose> getChangeable() {
        return CHANGEABLE;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public boolean isGive() {
        return give;
    }

    public void setGive(boolean give) {
        this.give = give;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
