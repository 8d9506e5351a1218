package org.k12jobspot.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/** Puts a module's field-by-field refusals next to the matching inputs of a form. */
public final class FieldMessages {

    private FieldMessages() {}

    public static void show(String formId, Map<String, String> problems) {
        var context = FacesContext.getCurrentInstance();
        problems.forEach(
                (field, message) ->
                        context.addMessage(
                                formId + ":" + field,
                                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
        context.validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
