package org.k12jobspot.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's one data source. Every module's persistence unit uses it, so a change
 * that touches several modules commits or rolls back as one JTA transaction.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/k12",
        className = "org.k12jobspot.web.platform.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32)
@ApplicationScoped
public class DatabaseSetup {}
