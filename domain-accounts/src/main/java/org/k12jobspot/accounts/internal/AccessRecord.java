package org.k12jobspot.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.k12jobspot.accounts.api.AccessEntry;
import org.k12jobspot.accounts.api.AccessKind;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Role;

/**
 * One line of the staff access log. Written once and never changed: the entity has no setters and
 * every column is read-only to the persistence provider after insert.
 */
@Entity
@Table(name = "staff_access_log")
public class AccessRecord {

    @Id private String id;

    @Column(name = "account_id", updatable = false)
    private String accountId;

    @Column(name = "staff_id", updatable = false)
    private String staffId;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", updatable = false)
    private Role staffRole;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AccessKind action;

    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String reason;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    protected AccessRecord() {}

    AccessRecord(
            AccountId account,
            AccountId staff,
            Role staffRole,
            AccessKind action,
            String subject,
            String reason,
            Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = account.toString();
        this.staffId = staff.toString();
        this.staffRole = staffRole;
        this.action = action;
        this.subject = subject;
        this.reason = reason;
        this.occurredAt = now;
    }

    AccessEntry entry() {
        return new AccessEntry(occurredAt, reference(staffId), staffRole, action, subject, reason);
    }

    /**
     * A short, stable reference to a staff member that a person can quote when asking about an
     * access, without the log handing out staff members' names.
     */
    static String reference(String staffId) {
        return "S-" + staffId.replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
