package org.k12jobspot.analytics.internal;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** The referring site's domain name, and nothing else of the referring address. */
final class Referrers {

    static final String DIRECT = "(direct)";
    static final String INTERNAL = "(this site)";
    static final String OTHER = "(other)";

    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,62}\\.)+[a-z][a-z0-9-]{1,62}");

    private Referrers() {}

    static String domainOf(String referrer, String ownHost) {
        if (referrer == null || referrer.isBlank()) {
            return DIRECT;
        }
        String host;
        try {
            var uri = new URI(referrer.strip());
            var scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return OTHER;
            }
            host = uri.getHost();
        } catch (Exception e) {
            return OTHER;
        }
        if (host == null) {
            return OTHER;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (ownHost != null && host.equalsIgnoreCase(ownHost)) {
            return INTERNAL;
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        // An address instead of a name would be an IP address: never kept.
        if (host.length() > Routes.MAX_LENGTH || !HOST_NAME.matcher(host).matches()) {
            return OTHER;
        }
        return host;
    }
}
