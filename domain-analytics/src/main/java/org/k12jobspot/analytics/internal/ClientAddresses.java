package org.k12jobspot.analytics.internal;

import java.util.Set;

/**
 * The visitor's address: the direct peer, or, when the peer is a trusted proxy, the nearest address
 * in X-Forwarded-For that is not itself a trusted proxy.
 */
final class ClientAddresses {

    private ClientAddresses() {}

    static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (peer == null || forwardedFor == null || !trustedProxies.contains(peer.strip())) {
            return peer;
        }
        var hops = forwardedFor.split(",");
        for (var i = hops.length - 1; i >= 0; i--) {
            var hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
