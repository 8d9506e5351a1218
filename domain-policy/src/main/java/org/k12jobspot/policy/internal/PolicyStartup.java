package org.k12jobspot.policy.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Starts the policy module when the application is deployed, once its table is up to date ({@code
 * db/policy/changelog.xml}, run by the web application with every other module's): the version
 * shipped with the product is published if there is none. A startup EJB rather than a CDI start-up
 * observer, because Payara binds persistence contexts only after those observers have run.
 */
@Singleton
@Startup
// The web application's start-up bean that migrates every module's tables.
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class PolicyStartup {

    private static final System.Logger LOG = System.getLogger(PolicyStartup.class.getName());

    @Inject FirstVersion firstVersion;

    @PostConstruct
    void start() {
        firstVersion.publishIfNone();
        LOG.log(System.Logger.Level.INFO, "Policy module started");
    }
}
