package org.k12jobspot.accounts.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Starts the accounts module when the application is deployed, once its tables are up to date
 * ({@code db/accounts/changelog.xml}, run by the web application with every other module's): the
 * accounts the erasure journal names are erased again if a restored database brought them back, the
 * first administrator is created if there is none, telephone numbers saved before they were
 * searchable get their search key, and mail delivery begins. A startup EJB rather than a CDI
 * start-up observer, because Payara binds persistence contexts only after those observers have run.
 */
@Singleton
@Startup
// The web application's start-up bean that migrates every module's tables.
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class AccountsStartup {

    private static final System.Logger LOG = System.getLogger(AccountsStartup.class.getName());

    @Inject ErasureReplay erasureReplay;
    @Inject FirstAdministrator firstAdministrator;
    @Inject MailDelivery mailDelivery;
    @Inject ContactRetention contactRetention;
    @Inject PhoneKeys phoneKeys;

    @PostConstruct
    void start() {
        // Before mail delivery starts, so nothing queued for an erased account goes out again.
        erasureReplay.replay();
        firstAdministrator.createIfNone();
        phoneKeys.fillMissing();
        mailDelivery.start();
        contactRetention.start();
        LOG.log(System.Logger.Level.INFO, "Accounts module started");
    }

    @PreDestroy
    void stop() {
        mailDelivery.stop();
        contactRetention.stop();
    }
}
