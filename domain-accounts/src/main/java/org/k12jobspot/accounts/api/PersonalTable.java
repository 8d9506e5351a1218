package org.k12jobspot.accounts.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One table of a module as the personal-data registry knows it: which column names the account
 * (null for a table that holds no person), what every column holds, and the words for a receipt. A
 * table with an account column is exported (every column but secrets, one JSON array named by
 * {@code plural}) and erased by deleting the rows of the account; a table without one is neither.
 * Build one with {@link #about} or {@link #withoutPerson}.
 *
 * <pre>{@code
 * PersonalTable.about("certifications", "account_id", "certification", "certifications")
 *         .identifier("id")
 *         .personal("title", "issuer", "cert_number", "valid_until")
 *         .technical("added_at")
 *         .build();
 * }</pre>
 */
public record PersonalTable(
        String table,
        String accountColumn,
        Map<String, ColumnKind> columns,
        String singular,
        String plural) {

    public PersonalTable {
        Objects.requireNonNull(table, "table");
        columns = Map.copyOf(columns);
        if (accountColumn != null && columns.get(accountColumn) != ColumnKind.ACCOUNT) {
            throw new IllegalArgumentException(table + ": account column must be of kind ACCOUNT");
        }
    }

    /** A table whose rows are about one account each, named by {@code accountColumn}. */
    public static Builder about(
            String table, String accountColumn, String singular, String plural) {
        return new Builder(table, accountColumn, singular, plural).account(accountColumn);
    }

    /** A table that holds no person (aggregate counts, site texts): every column NOT_PERSONAL. */
    public static PersonalTable withoutPerson(String table, String... columns) {
        return withoutPerson(table).notPersonal(columns).build();
    }

    /**
     * A table whose rows are about no account (employers, campaigns) but may name the staff member
     * who acted ({@link Builder#actor}); neither exported nor erased.
     */
    public static Builder withoutPerson(String table) {
        return new Builder(table, null, null, null);
    }

    public boolean aboutAccounts() {
        return accountColumn != null;
    }

    /** Columns the export carries: all but secrets, in name order. */
    public List<String> exportedColumns() {
        return columns.entrySet().stream()
                .filter(e -> e.getValue() != ColumnKind.SECRET)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** SQL selecting the exported columns of the account's rows; one parameter, the id. */
    public String selectSql() {
        requireAccountColumn();
        return "select " + String.join(", ", exportedColumns()) + " from " + table + where();
    }

    /** SQL counting the account's rows; one parameter, the account id. */
    public String countSql() {
        requireAccountColumn();
        return "select count(*) from " + table + where();
    }

    /** SQL deleting the account's rows; one parameter, the account id. */
    public String deleteSql() {
        requireAccountColumn();
        return "delete from " + table + where();
    }

    private String where() {
        return " where " + accountColumn + " = ?";
    }

    private void requireAccountColumn() {
        if (accountColumn == null) {
            throw new IllegalStateException(table + " holds no account's rows");
        }
    }

    /** Collects the columns of one table; each column is named once. */
    public static final class Builder {
        private final String table;
        private final String accountColumn;
        private final String singular;
        private final String plural;
        private final Map<String, ColumnKind> columns = new LinkedHashMap<>();

        private Builder(String table, String accountColumn, String singular, String plural) {
            this.table = table;
            this.accountColumn = accountColumn;
            this.singular = singular;
            this.plural = plural;
        }

        public Builder identifier(String... names) {
            return add(ColumnKind.IDENTIFIER, names);
        }

        public Builder account(String... names) {
            return add(ColumnKind.ACCOUNT, names);
        }

        public Builder personal(String... names) {
            return add(ColumnKind.PERSONAL, names);
        }

        public Builder secret(String... names) {
            return add(ColumnKind.SECRET, names);
        }

        public Builder actor(String... names) {
            return add(ColumnKind.ACTOR, names);
        }

        public Builder technical(String... names) {
            return add(ColumnKind.TECHNICAL, names);
        }

        public Builder notPersonal(String... names) {
            return add(ColumnKind.NOT_PERSONAL, names);
        }

        public Builder add(ColumnKind kind, String... names) {
            for (var name : names) {
                var key = name.toLowerCase(Locale.ROOT);
                if (columns.put(key, kind) != null) {
                    throw new IllegalArgumentException(table + "." + key + " classified twice");
                }
            }
            return this;
        }

        public PersonalTable build() {
            return new PersonalTable(
                    table.toLowerCase(Locale.ROOT),
                    accountColumn == null ? null : accountColumn.toLowerCase(Locale.ROOT),
                    columns,
                    singular,
                    plural);
        }
    }
}
