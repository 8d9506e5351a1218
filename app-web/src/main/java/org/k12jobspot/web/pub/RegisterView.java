package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Registration;
import org.k12jobspot.consent.api.RegistrationChoices;
import org.k12jobspot.consent.api.Registrations;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PolicyVersionId;
import org.k12jobspot.policy.api.PublishedPolicy;
import org.k12jobspot.web.platform.FieldMessages;

/**
 * The registration form: a name, an email address and a password, the policy version shown with its
 * acceptance, the marketing choice (off unless ticked), and the country of residence with the
 * transfer consent it may need.
 */
@Named
@RequestScoped
public class RegisterView {

    private static final List<Country> COUNTRIES = countries();

    @Inject Registrations registrations;
    @Inject Policies policies;

    private String fullName;
    private String email;
    private String password;
    private String policyShown;
    private boolean policyAccepted;
    private boolean marketingEmail;
    private String countryOfResidence;
    private boolean transferAccepted;
    private PublishedPolicy policy;

    public String register() {
        try {
            registrations.register(
                    new Registration(fullName, email, password),
                    new RegistrationChoices(
                            shownVersion(),
                            policyAccepted,
                            marketingEmail,
                            countryOfResidence,
                            transferAccepted));
            return "/registered?faces-redirect=true";
        } catch (InputRejected e) {
            if (!policies.current().id().equals(shownVersion())) {
                // Show the version in effect now; its acceptance must be ticked anew.
                policyShown = null;
                policy = null;
                policyAccepted = false;
            }
            FieldMessages.show("register", e.problems());
            return null;
        }
    }

    /** Refuses an unticked acceptance with the other field checks, before anything is sent. */
    public void requireTicked(FacesContext context, UIComponent box, Object value) {
        if (!Boolean.TRUE.equals(value)) {
            var message = "Accept the privacy policy to open an account.";
            throw new ValidatorException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    /** The version on the page: the one the form was first shown with, else the current one. */
    public PublishedPolicy getPolicy() {
        if (policy == null) {
            var shown = shownVersion();
            policy = shown == null ? null : policies.find(shown).orElse(null);
            if (policy == null) {
                policy = policies.current();
            }
        }
        return policy;
    }

    public List<Country> getCountries() {
        return COUNTRIES;
    }

    private PolicyVersionId shownVersion() {
        if (policyShown == null || policyShown.isBlank()) {
            return null;
        }
        try {
            return PolicyVersionId.parse(policyShown.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The United States first, then every other country by its English name. */
    private static List<Country> countries() {
        var collator = Collator.getInstance(Locale.US);
        var others =
                Stream.of(Locale.getISOCountries())
                        .filter(code -> !code.equals(RegistrationChoices.UNITED_STATES))
                        .map(
                                code ->
                                        new Country(
                                                code,
                                                Locale.of("", code).getDisplayCountry(Locale.US)))
                        .sorted(Comparator.comparing(Country::name, collator));
        return Stream.concat(
                        Stream.of(new Country(RegistrationChoices.UNITED_STATES, "United States")),
                        others)
                .toList();
    }

    /** A choice in the country list. */
    public record Country(String code, String name) {}

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPolicyShown() {
        return policyShown != null ? policyShown : getPolicy().id().toString();
    }

    public void setPolicyShown(String policyShown) {
        this.policyShown = policyShown;
    }

    public boolean isPolicyAccepted() {
        return policyAccepted;
    }

    public void setPolicyAccepted(boolean policyAccepted) {
        this.policyAccepted = policyAccepted;
    }

    public boolean isMarketingEmail() {
        return marketingEmail;
    }

    public void setMarketingEmail(boolean marketingEmail) {
        this.marketingEmail = marketingEmail;
    }

    public String getCountryOfResidence() {
        return countryOfResidence;
    }

    public void setCountryOfResidence(String countryOfResidence) {
        this.countryOfResidence = countryOfResidence;
    }

    public boolean isTransferAccepted() {
        return transferAccepted;
    }

    public void setTransferAccepted(boolean transferAccepted) {
        this.transferAccepted = transferAccepted;
    }
}
