package org.k12jobspot.consent.api;

import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Registration;

/**
 * Opening an account together with the consents given on the registration form: the account and its
 * ledger entries are stored in one transaction, or nothing is.
 */
public interface Registrations {

    /**
     * @throws org.k12jobspot.accounts.api.InputRejected naming every field that is missing or not
     *     acceptable, those of the account and those of the choices together
     */
    AccountId register(Registration registration, RegistrationChoices choices);
}
