package net.zeroxhost.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.account.AccountAdministration;
import net.zeroxhost.portal.admin.Admin;
import net.zeroxhost.portal.admin.AdminAction;
import net.zeroxhost.portal.admin.AdminActionLog;
import net.zeroxhost.portal.web.CurrentUser;
import net.zeroxhost.portal.web.NotFound;
import net.zeroxhost.portal.web.Texts;

/**
 * {@code /admin/customer?id=…}: one account, its 0xhost user (set here, which activates a pending
 * account), disable and enable, and the admin actions on it. The actions are Faces POSTs: each
 * carries the view's server-side state token, so a forged or replayed form finds no view and
 * changes nothing (the expired page). After a change the page is loaded afresh (POST-redirect-GET).
 * View-scoped: a postback must know the account before the request's values are read, since what
 * the form shows (and so accepts) depends on it; only the id is kept, the account read per request.
 */
@Named
@ViewScoped
public class AdminCustomerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int HISTORY_SHOWN = 50;

    @Inject
    AccountAdministration administration;

    @Inject
    AdminActionLog log;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String done;
    private transient Account account;
    private String oxhostUserId;

    public void load() {
        account = administration.find(id).orElse(null);
        if (account == null) {
            NotFound.send(FacesContext.getCurrentInstance());
        }
    }

    public Account getAccount() {
        if (account == null && id != null) {
            account = administration.find(id).orElse(null);
        }
        return account;
    }

    public String link() {
        return act(admin -> administration.linkOxhostUser(admin, id, oxhostUserId), "linked");
    }

    public String disable() {
        return act(admin -> administration.disable(admin, id), "disabled");
    }

    public String enable() {
        return act(admin -> administration.enable(admin, id), "enabled");
    }

    private interface Change {
        Account apply(Admin admin) throws AccountAdministration.RefusedException;
    }

    private String act(Change change, String outcome) {
        try {
            change.apply(currentUser.admin());
        } catch (AccountAdministration.RefusedException e) {
            if (e.refusal() == AccountAdministration.Refusal.NO_SUCH_ACCOUNT) {
                NotFound.send(FacesContext.getCurrentInstance());
                return null;
            }
            FacesContext.getCurrentInstance().addMessage(e.refusal() == AccountAdministration.Refusal.NOT_A_0XHOST_USER_ID ? "customer-actions:user" : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("customer.refused." + e.refusal().name()), null));
            load();
            return null;
        }
        return "/admin/customer?faces-redirect=true&id=" + id + "&done=" + outcome;
    }

    /** The admin actions on this account, newest first. */
    public List<AdminAction> getHistory() {
        return log.page(new AdminActionLog.Filter(null, getAccount().getId(), null), null, HISTORY_SHOWN);
    }

    /** The confirmation of the change just made, from the redirect's {@code done}; null otherwise. */
    public String getDoneText() {
        return done != null && List.of("linked", "disabled", "enabled").contains(done) ? Texts.get("customer.done." + done) : null;
    }

    public boolean isOwnAccount() {
        return currentUser.account().map(me -> me.getId().equals(id)).orElse(false);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getDone() { return done; }
    public void setDone(String done) { this.done = done; }
    public String getOxhostUserId() { return oxhostUserId; }
    public void setOxhostUserId(String oxhostUserId) { this.oxhostUserId = oxhostUserId; }
}
