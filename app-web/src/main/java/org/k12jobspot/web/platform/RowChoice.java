package org.k12jobspot.web.platform;

import jakarta.faces.context.FacesContext;

/**
 * The id of the row a button acts on, as the button carried it in the request. A table row's
 * position is no way to know which row was meant: after a double click, a second window or a page
 * re-posted from the history, the row at that position may be another one.
 */
public final class RowChoice {

    private RowChoice() {}

    /** The id the pressed button sent under this name; null when none. */
    public static String id(String name) {
        var value =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
