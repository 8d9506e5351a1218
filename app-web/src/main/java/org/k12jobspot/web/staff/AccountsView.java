package org.k12jobspot.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.k12jobspot.accounts.api.AccountMark;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.AccountSort;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.StaffDirectory;

/**
 * The staff table of accounts, searched by name, email or telephone prefix, sorted and paged by the
 * database. Paging goes forward from the mark where the page before ended; the marks of the pages
 * seen are kept, so Previous goes back one page the same way.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

    @Inject StaffDirectory directory;

    // The form's fields; a search takes them over into the query the pages are read with.
    private String prefix;
    private AccountSort sort = AccountSort.NAME;
    private boolean ascending = true;
    private int pageSize = PAGE_SIZES.getFirst();

    private AccountQuery query = AccountQuery.firstByName(null, pageSize);
    private final ArrayList<AccountMark> starts = new ArrayList<>();
    private transient List<AccountSummary> rows;
    private AccountMark next;

    /** A new search, order or page size starts on the first page. */
    public void search() {
        query = new AccountQuery(prefix, sort, ascending, null, pageSize);
        starts.clear();
        load();
    }

    public void nextPage() {
        if (next == null) {
            return;
        }
        starts.add(next);
        load();
    }

    public void previousPage() {
        if (starts.isEmpty()) {
            return;
        }
        starts.removeLast();
        load();
    }

    private void load() {
        var after = starts.isEmpty() ? null : starts.getLast();
        var page = directory.search(query.next(after));
        rows = page.accounts();
        next = page.next();
    }

    public List<AccountSummary> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    /** Where the page stands, such as "Accounts 21 to 40", or that nothing matches. */
    public String getPosition() {
        var shown = getRows().size();
        if (shown == 0) {
            return starts.isEmpty() ? "No account matches." : "No more accounts.";
        }
        var first = starts.size() * query.pageSize() + 1;
        var more = next != null ? ", more follow" : "";
        return "Accounts " + first + " to " + (first + shown - 1) + more + ".";
    }

    public boolean isPreviousDisabled() {
        return starts.isEmpty();
    }

    public boolean isNextDisabled() {
        getRows();
        return next == null;
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

    public List<AccountSort> getSorts() {
        return List.of(AccountSort.values());
    }

    public String sortName(AccountSort value) {
        return switch (value) {
            case NAME -> "Name";
            case EMAIL -> "Email";
            case REGISTERED -> "Registered";
        };
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public AccountSort getSort() {
        return sort;
    }

    public void setSort(AccountSort sort) {
        this.sort = sort == null ? AccountSort.NAME : sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = PAGE_SIZES.contains(pageSize) ? pageSize : PAGE_SIZES.getFirst();
    }
}
