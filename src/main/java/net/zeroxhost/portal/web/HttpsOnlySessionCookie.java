package net.zeroxhost.portal.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With {@code portal.web.https-only}, the session cookie is {@code Secure}, whatever the server
 * would decide itself: Payara marks it so on a TLS request, WildFly only when told. Behind a TLS
 * proxy the portal may see plain HTTP and must still never let the browser send the cookie in clear.
 */
@WebListener
public class HttpsOnlySessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean httpsOnly = ConfigProvider.getConfig().getOptionalValue("portal.web.https-only", Boolean.class).orElse(false);
        if (httpsOnly) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
