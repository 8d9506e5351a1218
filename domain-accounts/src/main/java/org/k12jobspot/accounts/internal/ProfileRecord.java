package org.k12jobspot.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.ContactDetails;

/** The contact part of a candidacy profile, one row per account that has given any. */
@Entity
@Table(name = "candidacy_profiles")
public class ProfileRecord {

    @Id
    @Column(name = "account_id")
    private String accountId;

    @Column(name = "street_address")
    private String streetAddress;

    private String city;
    private String region;

    @Column(name = "postal_code")
    private String postalCode;

    private String phone;

    /** The phone number's digits alone, for staff search. */
    @Column(name = "phone_key")
    private String phoneKey;

    private String summary;

    @Version private long version;

    protected ProfileRecord() {}

    ProfileRecord(AccountId owner) {
        this.accountId = owner.toString();
    }

    void replaceWith(ContactDetails contact) {
        streetAddress = contact.streetAddress();
        city = contact.city();
        region = contact.region();
        postalCode = contact.postalCode();
        phone = contact.phone();
        phoneKey = SearchKeys.digits(phone);
        summary = contact.summary();
    }

    /** Fills the search key of a profile saved before the key existed. */
    void keyPhone() {
        phoneKey = SearchKeys.digits(phone);
    }

    ContactDetails contact() {
        return new ContactDetails(streetAddress, city, region, postalCode, phone, summary);
    }
}
