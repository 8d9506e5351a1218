package org.k12jobspot.web.staff;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.AccountSort;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.StaffDirectory;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the staff account table one database page at a time. */
public class AccountRows extends LazyDataModel<AccountSummary> {

    private static final long serialVersionUID = 1L;

    private final SerializableSupplier<StaffDirectory> directory;
    private final SerializableSupplier<String> prefix;

    AccountRows(
            SerializableSupplier<StaffDirectory> directory, SerializableSupplier<String> prefix) {
        this.directory = directory;
        this.prefix = prefix;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) directory.get().search(query(0, 1, Map.of())).total();
    }

    @Override
    public List<AccountSummary> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        var page = directory.get().search(query(first, pageSize, sortBy));
        setRowCount((int) page.total());
        return page.accounts();
    }

    @Override
    public String getRowKey(AccountSummary account) {
        return account.id().toString();
    }

    private AccountQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        var sort = AccountSort.NAME;
        var ascending = true;
        for (var meta : sortBy.values()) {
            sort =
                    switch (meta.getField()) {
                        case "email" -> AccountSort.EMAIL;
                        case "registeredAt" -> AccountSort.REGISTERED;
                        default -> AccountSort.NAME;
                    };
            ascending = meta.getOrder() != SortOrder.DESCENDING;
        }
        return new AccountQuery(
                prefix.get(), sort, ascending, first, Math.max(1, Math.min(pageSize, 200)));
    }

    /** A supplier the view scope can serialise. */
    interface SerializableSupplier<T> extends Supplier<T>, Serializable {}
}
