package org.k12jobspot.analytics.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which requests are page views, and the route each is counted under: the path without query
 * string, path parameters or the {@code .xhtml} suffix, with any segment that looks like an id or a
 * token replaced by {@code {id}}, so that a route can never name a person or a record.
 */
final class Routes {

    static final int MAX_LENGTH = 64;
    static final String NOT_FOUND = "(not found)";

    private static final Pattern ID =
            Pattern.compile(
                    "\\d+|[0-9a-fA-F-]{16,}|[A-Za-z0-9_-]{20,}|.*[@%=~+].*|.*\\d.*\\d.*\\d.*");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,30}");

    private Routes() {}

    /** The route of a counted page view, or empty when the request is not one. */
    static Optional<String> of(String method, String path, int status, boolean partial) {
        if (!"GET".equals(method) || partial || path == null || !counted(path)) {
            return Optional.empty();
        }
        if (status == 404) {
            return Optional.of(NOT_FOUND);
        }
        // Redirects and errors are not page views; 304 is a page the browser already holds.
        if (status >= 300 && status != 304) {
            return Optional.empty();
        }
        return Optional.of(normalise(path));
    }

    static boolean counted(String path) {
        return !(path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/javax.faces.resource/")
                || path.startsWith("/resources/")
                || path.equals("/health")
                || path.startsWith("/health/")
                || path.equals("/favicon.ico")
                || path.startsWith("/staff/analytics.csv"));
    }

    static String normalise(String path) {
        var clean = path;
        var query = clean.indexOf('?');
        if (query >= 0) {
            clean = clean.substring(0, query);
        }
        var route = new StringBuilder();
        for (var segment : clean.split("/")) {
            var semicolon = segment.indexOf(';');
            if (semicolon >= 0) {
                segment = segment.substring(0, semicolon);
            }
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.endsWith(".xhtml")) {
                segment = segment.substring(0, segment.length() - ".xhtml".length());
            }
            var lower = segment.toLowerCase(Locale.ROOT);
            route.append('/');
            route.append(
                    WORD.matcher(lower).matches() && !ID.matcher(lower).matches() ? lower : "{id}");
        }
        if (route.isEmpty() || route.toString().equals("/index")) {
            return "/";
        }
        return route.length() > MAX_LENGTH ? route.substring(0, MAX_LENGTH) : route.toString();
    }
}
