package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.k12jobspot.accounts.api.AccountMark;
import org.k12jobspot.accounts.api.AccountPage;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.AccountSort;
import org.k12jobspot.accounts.api.StaffDirectory;

/**
 * The staff view of accounts: search by the start of a name, an email address or a telephone
 * number's digits; sorting and keyset paging, all done by the database.
 *
 * <p>A page starts after the mark of the page before (sort key, then account id for ties), so each
 * page reads an index from where the last one stopped, as fast deep in the list as at its start. A
 * search matches on any of three columns; rather than one query whose OR no index serves, each
 * column is asked for its own first page of matches through its own index, and the database orders
 * the few ids found into the page: the page's accounts are among them, since every account of the
 * page is among the first of its own column's matches.
 */
@ApplicationScoped
@Transactional
public class AccountDirectory implements StaffDirectory {

    /** The longest search key a column holds (the email key); a longer prefix matches nothing. */
    private static final int LONGEST_KEY = EmailAddresses.MAX_LENGTH;

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    @Override
    public AccountPage search(AccountQuery query) {
        var order = Order.of(query);
        var wanted = query.pageSize() + 1;

        var ids = new LinkedHashSet<String>();
        for (var match : matches(query.prefix())) {
            ids.addAll(firstIds(order, match, wanted));
        }
        if (ids.isEmpty()) {
            return new AccountPage(List.of(), null);
        }

        var rows =
                em.createQuery(
                                "select a from Account a where a.id in :ids order by " + order.by(),
                                Account.class)
                        .setParameter("ids", List.copyOf(ids))
                        .setMaxResults(wanted)
                        .getResultList();
        var page = rows.subList(0, Math.min(rows.size(), query.pageSize()));
        var next = rows.size() > query.pageSize() ? page.getLast().mark(query.sort()) : null;
        return new AccountPage(page.stream().map(Account::summary).toList(), next);
    }

    /** The conditions an account matches the search by, each served by its own index. */
    private static List<Match> matches(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return List.of(new Match("Account a", null, null, null));
        }
        if (SearchKeys.of(prefix).length() > LONGEST_KEY) {
            // No key is that long; sent on, a 64 KB prefix failed in the database (and its
            // error, with the typed text, reached the server log).
            return List.of();
        }
        var pattern = SearchKeys.prefixPattern(prefix);
        var matches = new ArrayList<Match>();
        matches.add(new Match("Account a", "a.nameKey like :p escape '\\'", "p", pattern));
        // Addresses in another column's order are all read and sorted: a prefix that many
        // addresses share (a common first name) costs more as accounts grow.
        matches.add(new Match("Account a", "a.emailKey like :p escape '\\'", "p", pattern));
        // A join, not EXISTS, so the database may start from the telephone index.
        SearchKeys.phonePrefixPattern(prefix)
                .map(
                        phone ->
                                new Match(
                                        "Account a, ProfileRecord r",
                                        "r.accountId = a.id and r.phoneKey like :p",
                                        "p",
                                        phone))
                .ifPresent(matches::add);
        return matches;
    }

    /**
     * The ids of the first accounts after the mark that meet the condition, in the page's order:
     * only id and sort key are read, so an index on (sort key, id) answers without the table.
     */
    private List<String> firstIds(Order order, Match match, int limit) {
        var where = new ArrayList<String>();
        if (match.condition() != null) {
            where.add(match.condition());
        }
        if (order.after() != null) {
            where.add(order.afterMark());
        }
        var jpql =
                "select a.id from "
                        + match.from()
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by "
                        + order.by();
        var ids = em.createQuery(jpql, String.class).setMaxResults(limit);
        if (match.condition() != null) {
            ids.setParameter(match.parameter(), match.value());
        }
        if (order.after() != null) {
            ids.setParameter("markKey", order.afterKey());
            ids.setParameter("markId", order.after().id().toString());
        }
        return ids.getResultList();
    }

    /** One way an account matches a search: its tables, condition and the condition's value. */
    private record Match(String from, String condition, String parameter, String value) {}

    /** A page's order (sort column, direction) and the mark it starts after. */
    private record Order(String column, boolean ascending, AccountMark after) {

        static Order of(AccountQuery query) {
            var column =
                    switch (query.sort()) {
                        case NAME -> "a.nameKey";
                        case EMAIL -> "a.emailKey";
                        case REGISTERED -> "a.registeredAt";
                    };
            return new Order(column, query.ascending(), query.after());
        }

        /** The id breaks ties in the same direction, so one index serves the whole order. */
        String by() {
            var direction = ascending ? " asc" : " desc";
            return column + direction + ", a.id" + direction;
        }

        /**
         * After the mark: the first comparison alone bounds the index scan; the second keeps out
         * the mark's own account and those before it with the same key.
         */
        String afterMark() {
            var beyond = ascending ? " > " : " < ";
            var from = ascending ? " >= " : " <= ";
            return column
                    + from
                    + ":markKey and ("
                    + column
                    + beyond
                    + ":markKey or a.id"
                    + beyond
                    + ":markId)";
        }

        Object afterKey() {
            return after.sort() == AccountSort.REGISTERED ? after.registeredAt() : after.key();
        }
    }
}
