package org.k12jobspot.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser reduced to HTTP: keeps its cookies, follows redirects, and posts Faces forms
 * (stateless ones as well as ajax ones with the page's view state).
 */
final class Visitor {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;
    private String lastPage = "";

    Visitor(URI base) {
        this.base = base;
        this.client =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var response =
                client.send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        lastPage = response.body();
        return response;
    }

    /** Submits a form of the page last fetched; its view state is taken from that page. */
    HttpResponse<String> submit(String path, String form, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        var params = new LinkedHashMap<String, String>();
        params.put(form, form);
        fields.forEach((name, value) -> params.put(form + ":" + name, value));
        params.put(form + ":" + button, button);
        params.put("jakarta.faces.ViewState", viewState());
        return post(path, params, false);
    }

    /** Sends a PrimeFaces ajax request for a button of the page last fetched. */
    HttpResponse<String> ajax(String path, String form, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        var source = form + ":" + button;
        var params = new LinkedHashMap<String, String>();
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", source);
        params.put("jakarta.faces.partial.execute", form);
        params.put("jakarta.faces.partial.render", form);
        params.put(source, source);
        params.put(form, form);
        fields.forEach((name, value) -> params.put(form + ":" + name, value));
        params.put("jakarta.faces.ViewState", viewState());
        return post(path, params, true);
    }

    String lastPage() {
        return lastPage;
    }

    private String viewState() {
        var matcher = VIEW_STATE.matcher(lastPage);
        if (!matcher.find()) {
            throw new IllegalStateException("The last page has no Faces form");
        }
        return matcher.group(1).replace("&#58;", ":");
    }

    private HttpResponse<String> post(String path, Map<String, String> params, boolean ajax)
            throws IOException, InterruptedException {
        var body =
                params.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        var request =
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (!ajax) {
            lastPage = response.body();
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
