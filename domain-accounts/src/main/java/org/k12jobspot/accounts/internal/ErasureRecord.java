package org.k12jobspot.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.ErasureCause;

/**
 * That an erasure happened: when, why, and for an erasure on request which staff member did it and
 * the reason they gave. It deliberately holds no account id, so it outlives the account without
 * pointing at the person. Written once, never changed.
 */
@Entity
@Table(name = "erasure_records")
public class ErasureRecord {

    @Id private String id;

    @Column(name = "erased_at", updatable = false)
    private Instant erasedAt;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ErasureCause cause;

    @Column(name = "staff_id", updatable = false)
    private String staffId;

    @Column(updatable = false)
    private String reason;

    protected ErasureRecord() {}

    ErasureRecord(Instant erasedAt, ErasureCause cause, AccountId staff, String reason) {
        this.id = UUID.randomUUID().toString();
        this.erasedAt = erasedAt;
        this.cause = cause;
        this.staffId = staff == null ? null : staff.toString();
        this.reason = reason;
    }

    Instant erasedAt() {
        return erasedAt;
    }

    ErasureCause cause() {
        return cause;
    }

    String staffId() {
        return staffId;
    }

    String reason() {
        return reason;
    }
}
