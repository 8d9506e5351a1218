package org.k12jobspot.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountMark;
import org.k12jobspot.accounts.api.AccountPage;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.AccountSort;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.StaffDirectory;

class AccountsViewTest {

    private final List<AccountQuery> queries = new ArrayList<>();
    private final List<AccountSummary> accounts = accounts(45);

    /** A directory over a fixed list, by position: what a mark names is the last row shown. */
    private final StaffDirectory directory =
            query -> {
                queries.add(query);
                var from =
                        query.after() == null
                                ? 0
                                : accounts.stream()
                                                .map(AccountSummary::id)
                                                .toList()
                                                .indexOf(query.after().id())
                                        + 1;
                var to = Math.min(accounts.size(), from + query.pageSize());
                var next =
                        to < accounts.size()
                                ? new AccountMark(
                                        query.sort(),
                                        query.sort() == AccountSort.REGISTERED ? null : "key",
                                        Instant.EPOCH,
                                        accounts.get(to - 1).id())
                                : null;
                return new AccountPage(accounts.subList(from, to), next);
            };

    @Test
    void searchesWithTheChosenOrderAndPageSizeFromTheFirstPage() {
        var view = view();
        view.setPrefix("Lee");
        view.setSort(AccountSort.REGISTERED);
        view.setAscending(false);
        view.setPageSize(50);

        view.search();

        assertThat(queries)
                .singleElement()
                .satisfies(
                        q -> {
                            assertThat(q.prefix()).isEqualTo("Lee");
                            assertThat(q.sort()).isEqualTo(AccountSort.REGISTERED);
                            assertThat(q.ascending()).isFalse();
                            assertThat(q.pageSize()).isEqualTo(50);
                            assertThat(q.after()).isNull();
                        });
        assertThat(view.getPosition()).isEqualTo("Accounts 1 to 45.");
        assertThat(view.isNextDisabled()).isTrue();
    }

    @Test
    void goesForwardFromEachPagesMarkAndBackToThePageBefore() {
        var view = view();
        view.search();

        view.nextPage();
        view.nextPage();
        var third = view.getRows();
        view.previousPage();

        assertThat(third).containsExactlyElementsOf(accounts.subList(40, 45));
        assertThat(view.getRows()).containsExactlyElementsOf(accounts.subList(20, 40));
        assertThat(view.getPosition()).isEqualTo("Accounts 21 to 40, more follow.");
        assertThat(view.isPreviousDisabled()).isFalse();
    }

    @Test
    void refusesPageSizesTheFormDoesNotOffer() {
        var view = view();

        view.setPageSize(100_000);

        assertThat(view.getPageSize()).isEqualTo(20);
    }

    private AccountsView view() {
        var view = new AccountsView();
        view.directory = directory;
        return view;
    }

    private static List<AccountSummary> accounts(int count) {
        var list = new ArrayList<AccountSummary>();
        for (var i = 0; i < count; i++) {
            list.add(
                    new AccountSummary(
                            AccountId.newId(),
                            "Person " + i,
                            "person" + i + "@example.org",
                            Role.JOB_SEEKER,
                            true,
                            Instant.EPOCH));
        }
        return list;
    }
}
