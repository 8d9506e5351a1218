package org.k12jobspot.policy.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.k12jobspot.policy.api.PolicyVersionId;

/**
 * Rendered text of published versions, kept once rendered: a published version never changes, and
 * the contact details it shows are read from the configuration once per start. The key includes the
 * moment of publication, so a publication that was rolled back leaves nothing to reuse.
 */
@ApplicationScoped
public class PolicyTexts {

    private static final int MAX_CACHED = 200;

    @Inject PolicySettings settings;

    private final Map<String, String> rendered = new ConcurrentHashMap<>();
    private PolicyRendering rendering;

    @PostConstruct
    void prepare() {
        rendering = new PolicyRendering(settings.contact());
    }

    String publishedHtml(PolicyVersionId id, Instant publishedAt, String markdown) {
        var key = id + "@" + publishedAt;
        var cached = rendered.get(key);
        if (cached != null) {
            return cached;
        }
        var html = rendering.html(markdown);
        if (rendered.size() < MAX_CACHED) {
            rendered.put(key, html);
        }
        return html;
    }

    String preview(String markdown) {
        return rendering.html(markdown);
    }

    List<String> lines(String markdown) {
        return rendering.lines(markdown);
    }
}
