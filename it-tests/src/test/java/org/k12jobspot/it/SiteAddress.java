package org.k12jobspot.it;

import java.net.URI;

/**
 * Where the product under test answers: loopback and the fixed port the build gives Payara Micro,
 * the same address its verification mail links to.
 */
final class SiteAddress {

    private SiteAddress() {}

    static URI base() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** The build's port in the test JVM; inside the server, the port the product was given. */
    private static String port() {
        return System.getProperty("it.http.port", System.getProperty("k12.port", "18080"));
    }

    static URI of(String pathAndQuery) {
        return base().resolve(pathAndQuery);
    }
}
