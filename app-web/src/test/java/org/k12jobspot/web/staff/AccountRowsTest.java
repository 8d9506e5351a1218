package org.k12jobspot.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.AccountPage;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.AccountSort;
import org.k12jobspot.accounts.api.AccountSummary;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.StaffDirectory;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class AccountRowsTest {

    private final List<AccountQuery> queries = new ArrayList<>();
    private final StaffDirectory directory =
            new StaffDirectory() {
                @Override
                public AccountPage search(AccountQuery query) {
                    queries.add(query);
                    var row =
                            new AccountSummary(
                                    AccountId.newId(),
                                    "李小龍",
                                    "lee@example.org",
                                    Role.JOB_SEEKER,
                                    true,
                                    Instant.EPOCH);
                    return new AccountPage(List.of(row), 41);
                }
            };

    @Test
    void asksTheDirectoryForOnePageSortedAsTheTableSays() {
        var rows = new AccountRows(() -> directory, () -> "Lee");
        var sort = SortMeta.builder().field("registeredAt").order(SortOrder.DESCENDING).build();

        var page = rows.load(20, 20, Map.of("registeredAt", sort), Map.of());

        assertThat(page).extracting(AccountSummary::fullName).containsExactly("李小龍");
        assertThat(rows.getRowCount()).isEqualTo(41);
        assertThat(queries)
                .singleElement()
                .satisfies(
                        q -> {
                            assertThat(q.prefix()).isEqualTo("Lee");
                            assertThat(q.sort()).isEqualTo(AccountSort.REGISTERED);
                            assertThat(q.ascending()).isFalse();
                            assertThat(q.first()).isEqualTo(20);
                            assertThat(q.pageSize()).isEqualTo(20);
                        });
    }

    @Test
    void sortsByNameWhenTheTableGivesNoOrder() {
        var rows = new AccountRows(() -> directory, () -> null);

        rows.load(0, 500, Map.of(), Map.of());

        assertThat(queries)
                .singleElement()
                .satisfies(
                        q -> {
                            assertThat(q.sort()).isEqualTo(AccountSort.NAME);
                            assertThat(q.ascending()).isTrue();
                            assertThat(q.pageSize()).isEqualTo(200);
                        });
    }
}
