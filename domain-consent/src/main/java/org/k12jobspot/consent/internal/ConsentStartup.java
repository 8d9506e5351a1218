package org.k12jobspot.consent.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Migrates the consent module's tables when the application is deployed. A startup EJB rather than
 * a CDI start-up observer, because Payara binds persistence contexts only after those observers
 * have run.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ConsentStartup {

    private static final System.Logger LOG = System.getLogger(ConsentStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/k12")
    DataSource dataSource;

    @PostConstruct
    void start() {
        ConsentSchema.migrate(dataSource);
        LOG.log(System.Logger.Level.INFO, "Consent module started");
    }
}
