package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

/**
 * The error page's status. The container forwards here with the status of the error; PrimeFaces'
 * exception handler instead redirects here after an exception in a page, leaving what happened in
 * the session, and that page then answers 500 instead of 200. Opened directly, it stays 200.
 */
@Named
@RequestScoped
public class ErrorView {

    public void answerWithStatus() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        if (request.getAttribute("jakarta.servlet.error.status_code") != null) {
            return;
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(ExceptionInfo.ATTRIBUTE_NAME) != null) {
            session.removeAttribute(ExceptionInfo.ATTRIBUTE_NAME);
            ((HttpServletResponse) external.getResponse())
                    .setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
