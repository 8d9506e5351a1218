package org.k12jobspot.policy.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/**
 * Starts the policy module when the application is deployed: its table is migrated, then the
 * version shipped with the product is published if there is none. A startup EJB rather than a CDI
 * start-up observer, because Payara binds persistence contexts only after those observers have run.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PolicyStartup {

    private static final System.Logger LOG = System.getLogger(PolicyStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/k12")
    DataSource dataSource;

    @Inject FirstVersion firstVersion;

    @PostConstruct
    void start() {
        PolicySchema.migrate(dataSource);
        firstVersion.publishIfNone();
        LOG.log(System.Logger.Level.INFO, "Policy module started");
    }
}
