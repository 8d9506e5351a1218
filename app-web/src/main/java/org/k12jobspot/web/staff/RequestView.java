package org.k12jobspot.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccessLog;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.ContactKind;
import org.k12jobspot.accounts.api.ContactRequest;
import org.k12jobspot.accounts.api.ContactRequestId;
import org.k12jobspot.accounts.api.ContactRequests;
import org.k12jobspot.accounts.api.ContactStatus;
import org.k12jobspot.accounts.api.ErasureReceipt;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;
import org.k12jobspot.web.platform.SignedInSessions;

/**
 * One contact request for staff, with what may be done next: answer a question, send a deletion
 * request's link again, erase the account of a confirmed one, or decline, always with a reason the
 * requester is told.
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject ContactRequests requests;
    @Inject AccessLog accessLog;
    @Inject Accounts accounts;
    @Inject Caller caller;
    @Inject SignedInSessions sessions;

    private ContactRequestId id;
    private ContactRequest request;
    private String openReason;
    private boolean opened;
    private String reason;
    private String reply;
    private String erasureReason;
    private ErasureReceipt receipt;
    private boolean staffAccount;

    @PostConstruct
    void load() {
        var param =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get("id");
        try {
            id = param == null ? null : ContactRequestId.parse(param.strip());
        } catch (IllegalArgumentException e) {
            id = null;
        }
        reload();
        if (request == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /**
     * Shows a request that concerns an account once the reason for opening it is in that person's
     * access log: what the requester wrote is part of the account's data.
     */
    public void open() {
        if (!isWithAccount()) {
            return;
        }
        try {
            accessLog.opened(
                    request.account().orElseThrow(),
                    caller.requireAccountId(),
                    "contact request",
                    openReason);
            opened = true;
            openReason = null;
        } catch (InputRejected e) {
            show("open", e);
        }
    }

    public void resend() {
        try {
            requests.resendLink(id, caller.requireAccountId());
            FieldMessages.info("A new link is on its way to the account's address.");
        } catch (InputRejected e) {
            FieldMessages.error(e.problems().values().iterator().next());
        }
    }

    public void erase() {
        if (!isShown()) {
            return;
        }
        try {
            var account = request == null ? null : request.account().orElse(null);
            receipt = requests.erase(id, caller.requireAccountId(), erasureReason);
            // The person is signed out everywhere at once, as after erasing their own account.
            if (account != null) {
                sessions.endAllBut(account, null);
            }
            erasureReason = null;
            reload();
            FieldMessages.info("The account is erased. The receipt is on its way to its address.");
        } catch (InputRejected e) {
            show("erase", e);
        }
    }

    public void decline() {
        if (!isShown()) {
            return;
        }
        try {
            requests.decline(id, caller.requireAccountId(), reason);
            reason = null;
            reload();
            FieldMessages.info("Declined. The requester is told the reason by mail.");
        } catch (InputRejected e) {
            show("decline", e);
        }
    }

    public void answer() {
        if (!isShown()) {
            return;
        }
        try {
            requests.answer(id, caller.requireAccountId(), Optional.ofNullable(reply));
            var mailed = reply != null;
            reply = null;
            reload();
            FieldMessages.info(
                    mailed ? "Answered. The reply is on its way by mail." : "Marked answered.");
        } catch (InputRejected e) {
            show("answer", e);
        }
    }

    private void show(String form, InputRejected e) {
        var problems = new LinkedHashMap<>(e.problems());
        for (var general : List.of("request", "account")) {
            var message = problems.remove(general);
            if (message != null) {
                FieldMessages.error(message);
            }
        }
        FieldMessages.show(form, problems);
    }

    private void reload() {
        request = id == null ? null : requests.find(id).orElse(null);
        staffAccount =
                request != null
                        && request.account()
                                .flatMap(accounts::find)
                                .filter(a -> a.role() != Role.JOB_SEEKER)
                                .isPresent();
    }

    /** What the erasure just done removed; null before. */
    public ErasureReceipt getReceipt() {
        return receipt;
    }

    /** Staff accounts are closed by an administrator, never erased on a contact request. */
    public boolean isStaffAccount() {
        return staffAccount;
    }

    public boolean isFound() {
        return request != null;
    }

    public ContactRequest getRequest() {
        return request;
    }

    /** What the requester wrote may be shown: no account is concerned, or a reason was given. */
    public boolean isShown() {
        return isFound() && (request.account().isEmpty() || opened);
    }

    public boolean isQuestionOpen() {
        return isFound() && request.kind() == ContactKind.QUESTION && request.status().open();
    }

    public boolean isUnconfirmed() {
        return isFound() && request.status() == ContactStatus.UNCONFIRMED;
    }

    public boolean isConfirmed() {
        return isFound() && request.status() == ContactStatus.CONFIRMED;
    }

    public boolean isConfirmedByOwner() {
        return isFound() && request.confirmedAt().isPresent();
    }

    public boolean isClosed() {
        return isFound() && request.closedAt().isPresent();
    }

    public boolean isWithAccount() {
        return isFound() && request.account().isPresent();
    }

    public boolean isOpen() {
        return isFound() && request.status().open();
    }

    public String getOpenReason() {
        return openReason;
    }

    public void setOpenReason(String openReason) {
        this.openReason = openReason;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getErasureReason() {
        return erasureReason;
    }

    public void setErasureReason(String erasureReason) {
        this.erasureReason = erasureReason;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
