package org.k12jobspot.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.StaffDirectory;
import org.primefaces.component.datatable.DataTable;

/**
 * The staff table of accounts, searched by name or email prefix, paged and sorted by the database.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "accounts:table";

    @Inject StaffDirectory directory;

    private String prefix;
    private AccountRows rows;

    @PostConstruct
    void init() {
        rows = new AccountRows(this::directory, this::getPrefix);
    }

    /** A new search starts on the first page; the table reloads through the lazy model. */
    public void search() {
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    private StaffDirectory directory() {
        return directory;
    }

    public AccountRows getRows() {
        return rows;
    }

    public String role(AccountSummary account) {
        return switch (account.role()) {
            case JOB_SEEKER -> "Job seeker";
            case STAFF -> "Staff";
            case ADMIN -> "Administrator";
        };
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
