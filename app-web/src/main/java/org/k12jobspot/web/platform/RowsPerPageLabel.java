package org.k12jobspot.web.platform;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.component.api.Pageable;
import org.primefaces.component.paginator.PaginatorElementRenderer;
import org.primefaces.component.paginator.RowsPerPageDropdownRenderer;
import org.primefaces.renderkit.DataRenderer;

/**
 * The rows-per-page dropdown of every paginator, with words in its label. PrimeFaces renders that
 * label empty and names the dropdown only from its script, so screen readers (and browsers without
 * script) found a dropdown without a name; the label is still visually hidden.
 */
@WebListener
public class RowsPerPageLabel implements PaginatorElementRenderer, ServletContextListener {

    static final String TEXT = "Rows per page";
    private static final Pattern EMPTY_LABEL =
            Pattern.compile("(<label[^>]*ui-paginator-rpp-label[^>]*>)(</label>)");

    private final PaginatorElementRenderer original = new RowsPerPageDropdownRenderer();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        DataRenderer.addPaginatorElement("{RowsPerPageDropdown}", new RowsPerPageLabel());
    }

    @Override
    public void render(FacesContext context, Pageable pageable) throws IOException {
        var writer = context.getResponseWriter();
        var buffer = new StringWriter();
        context.setResponseWriter(writer.cloneWithWriter(buffer));
        try {
            original.render(context, pageable);
        } finally {
            context.setResponseWriter(writer);
        }
        writer.write(
                EMPTY_LABEL
                        .matcher(buffer.toString())
                        .replaceFirst("$1" + Matcher.quoteReplacement(TEXT) + "$2"));
    }
}
