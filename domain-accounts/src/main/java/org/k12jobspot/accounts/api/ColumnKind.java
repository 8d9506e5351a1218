package org.k12jobspot.accounts.api;

/** What one column of a table holds, as far as a person's privacy is concerned. */
public enum ColumnKind {
    /** The row's own generated key: says nothing about anyone by itself. Exported. */
    IDENTIFIER,
    /** Names the account the row is about; the table's erasure deletes by it. Exported. */
    ACCOUNT,
    /** Something about the person: name, address, text they typed, their choices. Exported. */
    PERSONAL,
    /** A password or link-token hash: erased with the row, never exported. */
    SECRET,
    /** Names a staff account that acted on the row, not the person it is about. Exported. */
    ACTOR,
    /** Bookkeeping: timestamps, counters, versions, states. Exported with the row. */
    TECHNICAL,
    /** A column of a table that holds no person at all (aggregate counts, site texts). */
    NOT_PERSONAL
}
