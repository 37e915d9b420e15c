package net.zeroxhost.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.zeroxhost.portal.oxhost.OxhostGateway;

/** What every page's frame shows: today, whether invoices come from the sandbox. */
@Named
@ApplicationScoped
public class Layout {

    @Inject
    OxhostGateway gateway;

    public boolean isSandbox() {
        return gateway.sandbox();
    }
}
