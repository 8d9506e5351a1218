package org.k12jobspot.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy: always the real WAR that the build produced. */
final class Deployments {

    private Deployments() {}

    /** The product's WAR as built, named so that it deploys at the root context. */
    static WebArchive productWar() {
        var war = new File(System.getProperty("k12.war", "target/k12jobspot.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The product WAR is missing: " + war);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The jar or folder a test-side library was loaded from, to ship it inside the WAR. */
    static File codeSourceOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
