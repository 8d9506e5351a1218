package org.k12jobspot.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.StaffDirectory;

/**
 * The staff table of accounts, searched by name or email prefix, paged and sorted by the database.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject StaffDirectory directory;

    private String prefix;
    private AccountRows rows;

    @PostConstruct
    void init() {
        rows = new AccountRows(this::directory, this::getPrefix);
    }

    public void search() {
        // The table reloads through the lazy model with the new prefix.
    }

    private StaffDirectory directory() {
        return directory;
    }

    public AccountRows getRows() {
        return rows;
    }

    public String status(AccountSummary account) {
        return account.verified() ? "Confirmed" : "Awaiting email confirmation";
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }
}
