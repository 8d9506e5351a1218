package org.k12jobspot.web.analytics;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.k12jobspot.analytics.api.Traffic;

/**
 * Writes the analytics counts still buffered when the application stops normally. The web context
 * ends first on Payara, while the application's data source still answers; start-up EJBs are
 * destroyed only after it is gone.
 */
@WebListener
public class CountsAtStop implements ServletContextListener {

    @Inject Traffic traffic;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (traffic.enabled()) {
            traffic.writeBuffered();
        }
    }
}
