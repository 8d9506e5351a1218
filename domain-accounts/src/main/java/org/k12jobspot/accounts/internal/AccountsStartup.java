package org.k12jobspot.accounts.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/**
 * Starts the accounts module when the application is deployed, in order: its tables are migrated,
 * the first administrator is created if there is none, and mail delivery begins. A startup EJB
 * rather than a CDI start-up observer, because Payara binds persistence contexts only after those
 * observers have run.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AccountsStartup {

    private static final System.Logger LOG = System.getLogger(AccountsStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/k12")
    DataSource dataSource;

    @Inject FirstAdministrator firstAdministrator;
    @Inject MailDelivery mailDelivery;

    @PostConstruct
    void start() {
        AccountsSchema.migrate(dataSource);
        firstAdministrator.createIfNone();
        mailDelivery.start();
        LOG.log(System.Logger.Level.INFO, "Accounts module started");
    }

    @PreDestroy
    void stop() {
        mailDelivery.stop();
    }
}
