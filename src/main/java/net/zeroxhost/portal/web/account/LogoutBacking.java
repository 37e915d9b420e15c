package net.zeroxhost.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The header's log-out button: a POST, so no link or image elsewhere can log anyone out. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    FacesContext faces;

    public String logout() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login?faces-redirect=true&loggedOut=true";
    }
}
