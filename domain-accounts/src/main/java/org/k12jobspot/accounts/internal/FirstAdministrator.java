package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Role;

/**
 * Creates the first staff administrator when the database has none, from K12_ADMIN_EMAIL and
 * K12_ADMIN_PASSWORD. Without a usable password it makes a one-time one, prints it once to the
 * console and requires a new one at the first sign-in.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final System.Logger LOG = System.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET =
            "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject AccountStore store;
    @Inject AccountsClock clock;
    @Inject AccountsSettings settings;

    @Transactional
    void createIfNone() {
        var email = settings.adminEmail();
        var password = settings.adminPassword();
        var name = settings.adminName();
        if (store.anyWithRole(Role.ADMIN)) {
            return;
        }
        if (EmailAddresses.problem(email).isPresent()) {
            throw new IllegalStateException("K12_ADMIN_EMAIL is not a usable email address");
        }
        var given = password.filter(p -> PasswordPolicy.problem(p, email).isEmpty());
        if (password.isPresent() && given.isEmpty()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "K12_ADMIN_PASSWORD does not meet the password rules; using a one-time"
                            + " password");
        }
        var chosen = given.orElseGet(FirstAdministrator::oneTimePassword);

        var admin =
                new Account(
                        AccountId.newId(),
                        name,
                        email.strip(),
                        PasswordHashes.hash(chosen),
                        Role.ADMIN,
                        clock.now());
        admin.markVerified(clock.now());
        if (given.isEmpty()) {
            admin.requirePasswordChange();
        }
        store.store(admin);

        LOG.log(System.Logger.Level.INFO, "First administrator {0} created", admin.accountId());
        if (given.isEmpty()) {
            // The console is the one place this password is ever shown; it is not logged.
            System.out.println(
                    """

                    ================================================================
                     K12JobSpot: first administrator created.
                     Sign in at /login with the email in K12_ADMIN_EMAIL and this
                     one-time password; you will be asked to choose a new one:

                         %s
                    ================================================================
                    """
                            .formatted(chosen));
        }
    }

    private static String oneTimePassword() {
        var random = new SecureRandom();
        var out = new StringBuilder();
        for (var i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
