package org.k12jobspot.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyRenderingTest {

    private final PolicyRendering rendering =
            new PolicyRendering(
                    new ContactMethods(
                            Optional.of("privacy@k12jobspot.example"),
                            Optional.of("12 Elm St <b>Suite</b> & Co"),
                            Optional.empty()));

    @Test
    void rendersHeadingsFromLevelTwoWithParagraphsListsAndEmphasis() {
        var html =
                rendering.html(
                        "# Title\n\n"
                                + "## Section\n\n"
                                + "Some **bold** and *soft* text.\n\n"
                                + "- one\n"
                                + "- two\n");

        assertThat(html)
                .contains("<h2 id=\"policy-title\">Title</h2>")
                .contains("<h2 id=\"policy-section\">Section</h2>")
                .contains("<strong>bold</strong>")
                .contains("<em>soft</em>")
                .contains("<li>one</li>")
                .doesNotContain("<h1");
    }

    @Test
    void showsScriptTagsAsTextNeverAsElements() {
        var html =
                rendering.html(
                        "Hello <script>alert('x')</script> there\n\n<script>alert(1)</script>\n");

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void dropsRawHtmlElementsWithEventHandlers() {
        var html =
                rendering.html(
                        "<img src=x onerror=alert(1)>\n\n<div onclick=\"steal()\">hi</div>\n");

        assertThat(html)
                .doesNotContain("<img")
                .doesNotContain("<div")
                .doesNotContainPattern("<[^>]*onerror");
    }

    @Test
    void removesJavascriptLinks() {
        var html = rendering.html("[click](javascript:alert(1)) and [mail](mailto:a@b.example)\n");

        assertThat(html)
                .doesNotContainIgnoringCase("javascript:")
                .contains("href=\"mailto:a&#64;b.example\"");
    }

    @Test
    void keepsHttpsLinksWithoutOpenerAccess() {
        var html = rendering.html("[site](https://example.org/path)\n");

        assertThat(html).contains("href=\"https://example.org/path\"").contains("noopener");
    }

    @Test
    void rendersTables() {
        var html = rendering.html("| a | b |\n|---|---|\n| 1 | 2 |\n");

        assertThat(html).contains("<table>").contains("<th>a</th>").contains("<td>2</td>");
    }

    @Test
    void fillsInContactDetailsEscaped() {
        var html = rendering.html("## Contact\n\n{{contact}}\n");

        assertThat(html)
                .contains("href=\"mailto:privacy&#64;k12jobspot.example\"")
                .contains("12 Elm St &lt;b&gt;Suite&lt;/b&gt; &amp; Co")
                .doesNotContain("{{contact}}")
                .doesNotContain("<b>");
    }

    @Test
    void linksNoContactEmailThatIsNotPlainAddress() {
        var odd =
                new PolicyRendering(
                        new ContactMethods(
                                Optional.of("\"><script>x</script>@evil"),
                                Optional.empty(),
                                Optional.empty()));

        var html = odd.html("{{contact}}\n");

        assertThat(html).doesNotContain("<script").doesNotContain("mailto:");
    }

    @Test
    void rendersTheShippedVersionWithItsSections() {
        var html = rendering.html(FirstVersion.text());

        assertThat(html)
                .contains("What you must give us")
                .contains("Cookies")
                .contains("United States")
                .contains("How to contact us")
                .contains("privacy&#64;k12jobspot.example")
                .doesNotContain("{{contact}}");
    }
}
