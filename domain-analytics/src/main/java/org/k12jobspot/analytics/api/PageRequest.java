package org.k12jobspot.analytics.api;

/**
 * One request as the web layer saw it, handed to {@link Traffic} and reduced there at once: the
 * address and user agent in it are never kept. {@code forwardedFor} is the X-Forwarded-For header,
 * believed only when {@code peerAddress} is a configured trusted proxy; {@code host} is the site's
 * own host name, so that links within the site are not counted as referring sites.
 */
public record PageRequest(
        String method,
        String path,
        int status,
        boolean partial,
        String host,
        String referrer,
        String userAgent,
        String peerAddress,
        String forwardedFor) {}
