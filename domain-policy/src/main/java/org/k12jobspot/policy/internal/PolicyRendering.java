package org.k12jobspot.policy.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns the policy's Markdown into HTML that is safe to put in a page. The Markdown renderer
 * escapes raw HTML; the sanitizer then keeps only text structure (headings, paragraphs, lists,
 * emphasis, tables, links to http, https and mailto addresses), so nothing a draft contains can run
 * as script. Headings start at level 2: the page around the text has the one h1.
 */
final class PolicyRendering {

    private static final List<org.commonmark.Extension> EXTENSIONS =
            List.of(
                    TablesExtension.create(),
                    HeadingAnchorExtension.builder().idPrefix("policy-").build());

    private static final PolicyFactory SAFE =
            new HtmlPolicyBuilder()
                    .allowElements(
                            "h2",
                            "h3",
                            "h4",
                            "h5",
                            "h6",
                            "p",
                            "br",
                            "hr",
                            "ul",
                            "ol",
                            "li",
                            "em",
                            "strong",
                            "code",
                            "pre",
                            "blockquote",
                            "a",
                            "table",
                            "thead",
                            "tbody",
                            "tr",
                            "th",
                            "td")
                    .allowAttributes("href")
                    .onElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowAttributes("id")
                    .matching(Pattern.compile("policy-[a-z0-9-]{1,80}"))
                    .onElements("h2", "h3", "h4", "h5", "h6")
                    .toFactory();

    private static final String PLACEHOLDER_PARAGRAPH = "<p>" + ContactMethods.PLACEHOLDER + "</p>";

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder()
                    .extensions(EXTENSIONS)
                    .escapeHtml(true)
                    .sanitizeUrls(true)
                    .build();
    private final ContactMethods contact;

    PolicyRendering(ContactMethods contact) {
        this.contact = contact;
    }

    String html(String markdown) {
        var document = parser.parse(markdown == null ? "" : markdown);
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Heading heading) {
                        heading.setLevel(Math.max(2, heading.getLevel()));
                        visitChildren(heading);
                    }
                });
        var html = renderer.render(document).replace(PLACEHOLDER_PARAGRAPH, contact.html());
        return SAFE.sanitize(html);
    }

    /** The Markdown as lines, with the contact placeholder replaced by the configured methods. */
    List<String> lines(String markdown) {
        return (markdown == null ? "" : markdown)
                .lines()
                .flatMap(
                        line ->
                                line.strip().equals(ContactMethods.PLACEHOLDER)
                                        ? contact.lines().stream()
                                        : java.util.stream.Stream.of(line))
                .toList();
    }
}
