package org.k12jobspot.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.ContactKind;
import org.k12jobspot.accounts.api.ContactRequest;
import org.k12jobspot.accounts.api.ContactRequestId;
import org.k12jobspot.accounts.api.ContactStatus;

/**
 * A message from the contact page. It holds the sender's name, address and words, so it is tied to
 * the account it concerns when there is one (and goes with it at erasure); one without an account
 * is deleted a while after staff close it.
 */
@Entity
@Table(name = "contact_requests")
public class ContactRequestRecord {

    @Id private String id;

    @Enumerated(EnumType.STRING)
    private ContactKind kind;

    @Enumerated(EnumType.STRING)
    private ContactStatus status;

    @Column(name = "full_name")
    private String fullName;

    private String email;

    private String message;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The staff member who closed it. */
    @Column(name = "closed_by")
    private String closedBy;

    /** The reason for a refusal, or the reply to a question, as the requester was told. */
    @Column(name = "outcome_note")
    private String outcomeNote;

    @Version private long version;

    protected ContactRequestRecord() {}

    ContactRequestRecord(
            ContactRequestId id,
            ContactKind kind,
            String fullName,
            String email,
            String message,
            AccountId account,
            Instant now) {
        this.id = id.toString();
        this.kind = kind;
        this.status =
                kind == ContactKind.DELETION ? ContactStatus.UNCONFIRMED : ContactStatus.RECEIVED;
        this.fullName = fullName;
        this.email = email;
        this.message = message;
        this.accountId = account == null ? null : account.toString();
        this.receivedAt = now;
    }

    ContactRequestId requestId() {
        return ContactRequestId.parse(id);
    }

    ContactKind kind() {
        return kind;
    }

    ContactStatus status() {
        return status;
    }

    String email() {
        return email;
    }

    String fullName() {
        return fullName;
    }

    Optional<AccountId> account() {
        return Optional.ofNullable(accountId).map(AccountId::parse);
    }

    void confirm(Instant now) {
        status = ContactStatus.CONFIRMED;
        confirmedAt = now;
    }

    void close(ContactStatus outcome, AccountId staff, String note, Instant now) {
        status = outcome;
        closedBy = staff.toString();
        outcomeNote = note;
        closedAt = now;
    }

    ContactRequest view() {
        return new ContactRequest(
                requestId(),
                kind,
                status,
                fullName,
                email,
                Optional.ofNullable(message),
                account(),
                receivedAt,
                Optional.ofNullable(confirmedAt),
                Optional.ofNullable(closedAt),
                Optional.ofNullable(outcomeNote));
    }
}
