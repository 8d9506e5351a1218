package org.k12jobspot.web.account;

import java.io.Serializable;
import java.time.LocalDate;
import org.k12jobspot.accounts.api.Certification;
import org.k12jobspot.accounts.api.CertificationDraft;

/** The certification form: empty to add one, filled to edit one. */
public class CertificationForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String title;
    private String issuer;
    private String number;
    private LocalDate validUntil;

    public static CertificationForm of(Certification c) {
        var form = new CertificationForm();
        form.id = c.id();
        form.title = c.title();
        form.issuer = c.issuer();
        form.number = c.number();
        form.validUntil = c.validUntil();
        return form;
    }

    public CertificationDraft draft() {
        return new CertificationDraft(title, issuer, number, validUntil);
    }

    public String id() {
        return id;
    }

    /** Turns an edit of an entry that no longer exists into a new entry with the same values. */
    void forgetOriginal() {
        id = null;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
