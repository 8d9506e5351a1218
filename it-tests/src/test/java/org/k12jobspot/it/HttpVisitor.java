package org.k12jobspot.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's visit to the site over plain HTTP, the way a browser without JavaScript makes it:
 * keeps the cookies the site sets and posts forms as they are rendered, as full requests or as the
 * ajax requests PrimeFaces buttons make. It follows redirects only when asked and keeps each
 * response whole, so tests can read status codes, redirect targets and the exact Set-Cookie headers
 * (flags and session ids included).
 */
final class HttpVisitor {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern INPUT = Pattern.compile("<input\\s[^>]*>");
    private static final Pattern BUTTON =
            Pattern.compile("<(?:button|input)\\s[^>]*?name=\"([^\"]+)\"[^>]*type=\"submit\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

    private final HttpClient http =
            HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final URI base;

    /** A visitor of the product the Arquillian tests deploy. */
    HttpVisitor() {
        this(SiteAddress.base());
    }

    /** A visitor of the product answering at {@code base}. */
    HttpVisitor(URI base) {
        this.base = base;
    }

    /** One GET, redirects not followed. */
    Page get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    /** A GET and every redirect after it, as a browser would. */
    Page open(String pathAndQuery) {
        return follow(get(pathAndQuery));
    }

    Page follow(Page page) {
        var current = page;
        for (var hops = 0; current.isRedirect(); hops++) {
            if (hops == 10) {
                throw new AssertionError("Redirect loop from " + page.uri());
            }
            var target = current.location().orElseThrow();
            current = send(HttpRequest.newBuilder(target).GET());
        }
        return current;
    }

    /**
     * Posts a form of the page as a browser does when its button is pressed: every input as
     * rendered (hidden ones and the view state included), changed where {@code inputs} says (by
     * input id inside the form), and the pressed button.
     */
    Page submit(Page page, String formId, String buttonLabel, Map<String, String> inputs) {
        var form = page.form(formId);
        var fields = renderedInputs(form);
        inputs.forEach((id, value) -> fields.put(formId + ":" + id, value));
        fields.put(buttonName(form, buttonLabel), buttonLabel);

        return send(
                HttpRequest.newBuilder(page.action(formId))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded(fields), UTF_8)));
    }

    /**
     * Posts a form as {@link #submit} does, pressing a button that sends {@code value} under {@code
     * name} (such as a table row's button carrying the row's id).
     */
    Page press(Page page, String formId, String name, String value, Map<String, String> inputs) {
        var form = page.form(formId);
        assertThat(form)
                .as("a button %s=%s in form %s", name, value, formId)
                .contains("name=\"" + name + "\" value=\"" + value + "\"");
        var fields = renderedInputs(form);
        inputs.forEach((id, text) -> fields.put(formId + ":" + id, text));
        fields.put(name, value);

        return send(
                HttpRequest.newBuilder(page.action(formId))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded(fields), UTF_8)));
    }

    /**
     * Posts a form as it was rendered on the page (perhaps to someone else), pressing its first
     * button, as a full request or as the ajax request PrimeFaces makes.
     */
    Page post(Page page, String formId, boolean ajax) {
        var form = page.form(formId);
        var fields = renderedInputs(form);
        var button = BUTTON.matcher(form);
        var source = button.find() ? button.group(1) : formId;
        var request =
                HttpRequest.newBuilder(page.action(formId))
                        .header("Content-Type", "application/x-www-form-urlencoded");
        if (ajax) {
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", source);
            fields.put("jakarta.faces.partial.execute", formId);
            fields.put("jakarta.faces.partial.render", formId);
            request.header("Faces-Request", "partial/ajax");
        }
        fields.put(source, source);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(encoded(fields), UTF_8)));
    }

    /**
     * Posts exactly the given fields to an address, with extra request headers (a forged {@code
     * Origin}, say): for tests that send what no page of the site would.
     */
    Page post(URI action, Map<String, String> fields, Map<String, String> headers) {
        var request =
                HttpRequest.newBuilder(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded(fields), UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    /** The fields a browser sends for the form as rendered, no button pressed. */
    static Map<String, String> inputsOf(String form) {
        return renderedInputs(form);
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    Set<String> cookieNames() {
        return Set.copyOf(cookies.keySet());
    }

    /** Replaces a cookie, as someone replaying an old cookie would. */
    void useCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Page send(HttpRequest.Builder request) {
        request.timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            var built = request.build();
            var response = http.send(built, HttpResponse.BodyHandlers.ofString(UTF_8));
            var page =
                    new Page(
                            built.uri(),
                            response.statusCode(),
                            response.headers(),
                            response.body());
            page.setCookies().forEach(this::keep);
            return page;
        } catch (IOException e) {
            throw new AssertionError("The site did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /**
     * Presses an ajax button of the page, as PrimeFaces does: the whole form is processed and
     * re-rendered, and the partial response is returned.
     */
    Page ajax(Page page, String formId, String buttonId, Map<String, String> inputs) {
        return ajax(page, formId, buttonId, inputs, Map.of());
    }

    /**
     * As above, with the parameters the button adds of its own (its {@code f:param}s, or a wider
     * {@code jakarta.faces.partial.render}).
     */
    Page ajax(
            Page page,
            String formId,
            String buttonId,
            Map<String, String> inputs,
            Map<String, String> params) {
        var fields = renderedInputs(page.form(formId));
        inputs.forEach((id, value) -> fields.put(formId + ":" + id, value));
        var source = formId + ":" + buttonId;
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", formId);
        fields.put("jakarta.faces.partial.render", formId);
        fields.put(source, source);
        nonce(page).ifPresent(n -> fields.put("primefaces.nonce", n));
        fields.putAll(params);
        return send(
                HttpRequest.newBuilder(page.action(formId))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded(fields), UTF_8)));
    }

    /**
     * The script nonce PrimeFaces gave the page, which its scripts send back with every ajax
     * request of the page (PrimeFaces refuses one without it).
     */
    static Optional<String> nonce(Page page) {
        var init = NONCE.matcher(page.body());
        return init.find() ? Optional.of(init.group(1).replace("\\/", "/")) : Optional.empty();
    }

    private void keep(String setCookie) {
        var parts = setCookie.split(";");
        var nameValue = parts[0].split("=", 2);
        var expired =
                setCookie.toLowerCase().contains("max-age=0")
                        || setCookie.toLowerCase().contains("expires=thu, 01-jan-1970");
        if (expired) {
            cookies.remove(nameValue[0].strip());
        } else {
            cookies.put(nameValue[0].strip(), nameValue.length > 1 ? nameValue[1].strip() : "");
        }
    }

    private static Map<String, String> renderedInputs(String form) {
        var fields = new LinkedHashMap<String, String>();
        var inputs = INPUT.matcher(form);
        while (inputs.find()) {
            var tag = inputs.group();
            var type = attribute(tag, "type").orElse("text");
            var name = attribute(tag, "name");
            var box = type.equals("checkbox") || type.equals("radio");
            if (box && !Pattern.compile("\\schecked(?:[\\s=/>])").matcher(tag).find()) {
                continue; // browsers send only the boxes that are ticked
            }
            if (name.isPresent() && !type.equals("submit") && !type.equals("button")) {
                var fallback = box ? "on" : "";
                fields.put(name.get(), Html.decode(attribute(tag, "value").orElse(fallback)));
            }
        }
        return fields;
    }

    private static Optional<String> attribute(String tag, String name) {
        var matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String buttonName(String form, String label) {
        var inputs = INPUT.matcher(form);
        while (inputs.find()) {
            var tag = inputs.group();
            if (attribute(tag, "type").orElse("").equals("submit")
                    && attribute(tag, "value").map(Html::decode).orElse("").equals(label)) {
                return attribute(tag, "name").orElseThrow();
            }
        }
        throw new AssertionError("No button \"" + label + "\" in form:\n" + form);
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, UTF_8);
    }
}
