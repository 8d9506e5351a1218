package org.k12jobspot.web.account;

import java.io.Serializable;
import org.k12jobspot.accounts.api.ContactDetails;

/** The contact form's fields. */
public class ContactForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String streetAddress;
    private String city;
    private String region;
    private String postalCode;
    private String phone;
    private String summary;

    public static ContactForm of(ContactDetails details) {
        var form = new ContactForm();
        form.streetAddress = details.streetAddress();
        form.city = details.city();
        form.region = details.region();
        form.postalCode = details.postalCode();
        form.phone = details.phone();
        form.summary = details.summary();
        return form;
    }

    public ContactDetails details() {
        return new ContactDetails(streetAddress, city, region, postalCode, phone, summary);
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public void setStreetAddress(String streetAddress) {
        this.streetAddress = streetAddress;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
