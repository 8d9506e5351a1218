package org.k12jobspot.web.pub;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.ContactKind;
import org.k12jobspot.accounts.api.ContactMessage;
import org.k12jobspot.accounts.api.ContactRequests;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.SiteContact;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;

/**
 * The contact page: the site's contact methods and a form for questions and deletion requests. The
 * answer after sending is the same whether or not the address has an account.
 */
@Named
@RequestScoped
public class ContactView {

    @Inject ContactRequests requests;
    @Inject Policies policies;
    @Inject Caller caller;
    @Inject Accounts accounts;

    private ContactKind kind;
    private String fullName;
    private String email;
    private String message;
    private ContactKind sent;
    private SiteContact siteContact;

    /** A signed-in person finds their name and address filled in. */
    @PostConstruct
    void prefill() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        caller.accountId()
                .flatMap(accounts::find)
                .ifPresent(
                        summary -> {
                            fullName = summary.fullName();
                            email = summary.email();
                        });
    }

    public void send() {
        try {
            requests.submit(new ContactMessage(kind, fullName, email, message), caller.accountId());
        } catch (InputRejected e) {
            FieldMessages.show("contact", e.problems());
            return;
        }
        sent = kind;
        fullName = null;
        email = null;
        message = null;
    }

    public String getContactEmail() {
        return getSiteContact().email().orElse(null);
    }

    public String getContactPostal() {
        return getSiteContact().postal().orElse(null);
    }

    public String getContactPhone() {
        return getSiteContact().phone().orElse(null);
    }

    private SiteContact getSiteContact() {
        if (siteContact == null) {
            siteContact = policies.contact();
        }
        return siteContact;
    }

    public List<ContactKind> getKinds() {
        return List.of(ContactKind.values());
    }

    public boolean isSent() {
        return sent != null;
    }

    public boolean isDeletionSent() {
        return sent == ContactKind.DELETION;
    }

    public ContactKind getKind() {
        return kind;
    }

    public void setKind(ContactKind kind) {
        this.kind = kind;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
