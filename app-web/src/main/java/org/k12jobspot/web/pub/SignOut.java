package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.k12jobspot.web.platform.SessionCookies;

/** Signs out: the container forgets the caller and the whole session is destroyed. */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws ServletException, IOException {
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        SessionCookies.endAndForget(request, (HttpServletResponse) external.getResponse());

        // A plain redirect: Faces navigation would open a new session for its flash scope, and
        // the signed-out visitor would leave with a fresh cookie.
        external.redirect(external.getRequestContextPath() + "/?signedOut=true");
        faces.responseComplete();
    }
}
