package org.k12jobspot.analytics.internal;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * Browser family with major version, and operating system family, parsed from a user-agent string
 * by Yauaa (a maintained parser). The analyzer takes seconds and over 100 MB to build, so it is
 * built once, in the background, with only the three fields needed and a small cache.
 */
final class Agents {

    static final String UNKNOWN = "unknown";

    private static final System.Logger LOG = System.getLogger(Agents.class.getName());
    // Held so the level set below stays: Yauaa's own messages could quote a user agent.
    private static final Logger YAUAA_LOG = Logger.getLogger("nl.basjes");

    static final String OTHER = "other";

    /**
     * Names kept as Yauaa gives them. Yauaa names an unknown agent after a word of the user-agent
     * string, which could be as distinctive as the string itself; anything else counts as "other".
     */
    private static final Set<String> KNOWN_BROWSERS =
            Set.of(
                    "Chrome",
                    "Chromium",
                    "Firefox",
                    "Safari",
                    "Edge",
                    "Opera",
                    "Vivaldi",
                    "Brave",
                    "Samsung Internet",
                    "Yandex Browser",
                    "UC Browser",
                    "DuckDuckGo",
                    "Internet Explorer",
                    "Konqueror",
                    "Epiphany",
                    "Googlebot",
                    "Bingbot",
                    "Applebot",
                    "DuckDuckBot",
                    "Curl",
                    "Wget",
                    "Java-http-client",
                    "Java",
                    "Apache-HttpClient",
                    "Python Requests",
                    "wrk",
                    "Hacker");

    private static final Set<String> KNOWN_SYSTEMS =
            Set.of(
                    "Windows NT",
                    "Windows",
                    "Mac OS",
                    "iOS",
                    "iPadOS",
                    "Android",
                    "Linux",
                    "Ubuntu",
                    "Fedora",
                    "Debian",
                    "Chrome OS",
                    "FreeBSD",
                    "OpenBSD",
                    "Cloud",
                    "Hacker",
                    "KaiOS",
                    "HarmonyOS",
                    "Fire OS",
                    "Tizen",
                    "Windows Phone");
    private static final Pattern MAJOR = Pattern.compile("\\d{1,4}");

    private final CompletableFuture<UserAgentAnalyzer> analyzer = new CompletableFuture<>();

    record Agent(String browser, String system) {}

    /** Builds the analyzer on the calling thread; call it from a background task. */
    void build(int cacheSize) {
        YAUAA_LOG.setLevel(Level.SEVERE);
        try {
            var start = System.nanoTime();
            analyzer.complete(
                    UserAgentAnalyzer.newBuilder()
                            .hideMatcherLoadStats()
                            .dropTests()
                            .withCache(cacheSize)
                            .withField(UserAgent.AGENT_NAME)
                            .withField(UserAgent.AGENT_VERSION_MAJOR)
                            .withField(UserAgent.OPERATING_SYSTEM_NAME)
                            .immediateInitialization()
                            .build());
            LOG.log(
                    System.Logger.Level.INFO,
                    "User-agent parser ready in {0} ms",
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            analyzer.completeExceptionally(e);
            LOG.log(System.Logger.Level.ERROR, "User-agent parser could not be built", e);
        }
    }

    /** Whether {@link #parse} can answer; until then it counts every agent as unknown. */
    boolean ready() {
        return analyzer.isDone();
    }

    /** Parses one user agent; never waits for the analyzer. */
    Agent parse(String userAgent) {
        if (userAgent == null || userAgent.isBlank() || !ready()) {
            return new Agent(UNKNOWN, UNKNOWN);
        }
        UserAgentAnalyzer parser;
        try {
            parser = analyzer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Agent(UNKNOWN, UNKNOWN);
        } catch (ExecutionException e) {
            return new Agent(UNKNOWN, UNKNOWN);
        }
        var parsed = parser.parse(userAgent);
        var name = known(parsed.getValue(UserAgent.AGENT_NAME), KNOWN_BROWSERS);
        var major = parsed.getValue(UserAgent.AGENT_VERSION_MAJOR);
        var versioned =
                KNOWN_BROWSERS.contains(name) && major != null && MAJOR.matcher(major).matches();
        var browser = versioned ? name + " " + major : name;
        return new Agent(
                browser, known(parsed.getValue(UserAgent.OPERATING_SYSTEM_NAME), KNOWN_SYSTEMS));
    }

    private static String known(String value, Set<String> names) {
        var clean = clean(value);
        return clean.equals(UNKNOWN) || names.contains(clean) ? clean : OTHER;
    }

    private static String clean(String value) {
        if (value == null || value.isBlank() || value.startsWith("??") || value.equals("Unknown")) {
            return UNKNOWN;
        }
        return value;
    }
}
