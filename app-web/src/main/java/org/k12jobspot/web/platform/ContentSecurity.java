package org.k12jobspot.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Hands PrimeFaces the Content-Security-Policy of Faces pages ({@code primefaces.CSP_POLICY}). */
@Named
@ApplicationScoped
public class ContentSecurity {

    public String getPagePolicy() {
        return SecurityHeaders.PAGE_POLICY;
    }
}
