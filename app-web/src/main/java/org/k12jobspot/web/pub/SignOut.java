package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signs out: the container forgets the caller and the whole session is destroyed. */
@Named
@RequestScoped
public class SignOut {

    public String signOut() throws ServletException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        return "/index?faces-redirect=true&signedOut=true";
    }
}
