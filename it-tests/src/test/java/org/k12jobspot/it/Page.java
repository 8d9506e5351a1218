package org.k12jobspot.it;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A response as a test reads it: status, headers and the HTML of a Faces page. */
record Page(URI uri, int status, HttpHeaders headers, String body) {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern PAGE_MESSAGE =
            Pattern.compile("class=\"ui-messages-\\w+-summary\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("\\saction=\"([^\"]*)\"");

    List<String> setCookies() {
        return headers.allValues("Set-Cookie");
    }

    Optional<String> setCookie(String name) {
        return setCookies().stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    Optional<URI> location() {
        return headers.firstValue("Location").map(uri::resolve);
    }

    boolean isRedirect() {
        return status / 100 == 3;
    }

    /** The HTML of one form, from its opening tag to its end. */
    String form(String formId) {
        var start = body.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new AssertionError("No form " + formId + " on " + uri + ":\n" + body);
        }
        return body.substring(start, body.indexOf("</form>", start) + "</form>".length());
    }

    String viewState(String formId) {
        return group(VIEW_STATE.matcher(form(formId)), "view state of " + formId);
    }

    URI action(String formId) {
        return uri.resolve(
                group(ACTION.matcher(form(formId)), "action of " + formId).replace("&amp;", "&"));
    }

    /**
     * The error that the input's own message component shows beside it. PrimeFaces ties each
     * message element to its input in the widget settings that follow it ({@code {id:"...",
     * target:"form:input"}}). Empty when the component shows nothing.
     */
    Optional<String> messageFor(String inputClientId) {
        var binding =
                Pattern.compile(
                                "\\{id:\"([^\"]+)\",target:\""
                                        + Pattern.quote(inputClientId)
                                        + "\"")
                        .matcher(body);
        if (!binding.find()) {
            throw new AssertionError("No message component for " + inputClientId + " on " + uri);
        }
        var shown =
                Pattern.compile(
                                "<div id=\""
                                        + Pattern.quote(binding.group(1))
                                        + "\"[^>]*>(?:<div>)?<span"
                                        + " class=\"ui-message-error-detail\"[^>]*>(.*?)</span>")
                        .matcher(body);
        return shown.find() ? Optional.of(Html.text(shown.group(1))) : Optional.empty();
    }

    /** The messages at the top of the page, not tied to a field. */
    List<String> pageMessages() {
        var matcher = PAGE_MESSAGE.matcher(body);
        var messages = new ArrayList<String>();
        while (matcher.find()) {
            messages.add(Html.text(matcher.group(1)));
        }
        return messages;
    }

    /** The page's text without tags, entities decoded, whitespace collapsed. */
    String text() {
        return Html.text(body);
    }

    private String group(Matcher matcher, String what) {
        if (!matcher.find()) {
            throw new AssertionError("No " + what + " on " + uri);
        }
        return matcher.group(1);
    }
}
