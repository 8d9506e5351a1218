package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Registration;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.RegistrationChoices;
import org.k12jobspot.consent.api.Registrations;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PublishedPolicy;

/**
 * Opens an account and records the registration form's consents in the same transaction: if the
 * ledger cannot take them, the account is not opened either.
 */
@ApplicationScoped
public class OpenRegistrations implements Registrations {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject Accounts accounts;
    @Inject Policies policies;
    @Inject RecordedConsents consents;

    @Override
    @Transactional(rollbackOn = InputRejected.class)
    public AccountId register(Registration registration, RegistrationChoices choices) {
        var problems = new HashMap<String, String>();
        var shown = shownPolicy(choices, problems);
        var abroad = residenceProblems(choices, problems);
        AccountId account = null;
        try {
            account = accounts.register(registration);
        } catch (InputRejected rejected) {
            problems.putAll(rejected.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }

        var version = shown.orElseThrow().id();
        consents.append(
                RecordedConsents.acceptance(account, ConsentSource.REGISTRATION), version, null);
        if (choices.marketingEmail()) {
            consents.append(atRegistration(account, Purpose.MARKETING_EMAIL), version, null);
        }
        if (abroad) {
            consents.append(
                    atRegistration(account, Purpose.US_TRANSFER),
                    version,
                    choices.countryOfResidence().toUpperCase(Locale.ROOT));
        }
        return account;
    }

    /** The version the form showed: it must be the one in effect, and accepted. */
    private Optional<PublishedPolicy> shownPolicy(
            RegistrationChoices choices, Map<String, String> problems) {
        var current = policies.current();
        var shown = Optional.ofNullable(choices.policyShown()).filter(current.id()::equals);
        if (shown.isEmpty()) {
            problems.put(
                    "policyAccepted",
                    "The privacy policy changed while you were registering. Read version "
                            + current.number()
                            + " and accept it.");
        } else if (!choices.policyAccepted()) {
            problems.put("policyAccepted", "Accept the privacy policy to open an account.");
        }
        return shown.map(id -> current);
    }

    /** True when the person lives outside the US, which needs consent to the transfer. */
    private static boolean residenceProblems(
            RegistrationChoices choices, Map<String, String> problems) {
        var country =
                Optional.ofNullable(choices.countryOfResidence())
                        .map(c -> c.strip().toUpperCase(Locale.ROOT))
                        .orElse("");
        if (!COUNTRIES.contains(country)) {
            problems.put("countryOfResidence", "Choose the country where you live.");
            return false;
        }
        var abroad = !country.equals(RegistrationChoices.UNITED_STATES);
        if (abroad && !choices.transferAccepted()) {
            problems.put(
                    "transferAccepted",
                    "K12JobSpot keeps all data in the United States. Agree to the transfer to"
                            + " open an account from outside it.");
        }
        return abroad;
    }

    private static ConsentChange atRegistration(AccountId account, Purpose purpose) {
        return new ConsentChange(
                account,
                purpose,
                true,
                Optional.empty(),
                ConsentSource.REGISTRATION,
                Optional.empty(),
                Optional.empty());
    }
}
