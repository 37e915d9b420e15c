package net.zeroxhost.portal.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import net.zeroxhost.portal.admin.Admin;
import net.zeroxhost.portal.admin.AdminAction;
import net.zeroxhost.portal.admin.AdminActionLog;
import net.zeroxhost.portal.plan.Plan;
import net.zeroxhost.portal.plan.PlanAdministration;
import net.zeroxhost.portal.plan.PlanForm;
import net.zeroxhost.portal.web.CurrentUser;
import net.zeroxhost.portal.web.NotFound;
import net.zeroxhost.portal.web.Texts;

/**
 * {@code /admin/plan} (a new plan) and {@code /admin/plan?id=…} (edit, retire, restore). Every
 * field is typed text, checked by {@link PlanForm} so that all that is wrong is said at once.
 * Faces POSTs with the view's state token, then POST-redirect-GET; view-scoped, keeping the id
 * and the typed values (never an entity) across the postback.
 */
@Named
@ViewScoped
public class AdminPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int HISTORY_SHOWN = 50;

    @Inject
    PlanAdministration administration;

    @Inject
    AdminActionLog log;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String done;
    private transient Plan plan;
    private String name;
    private String vcpu;
    private String ramGb;
    private String diskGb;
    private String location;
    private String price;
    private String currency;
    private String server;
    private String sortOrder;

    public void load() {
        if (id == null || id.isBlank()) {
            id = null;
            return;
        }
        plan = administration.find(id).orElse(null);
        if (plan == null) {
            NotFound.send(FacesContext.getCurrentInstance());
            return;
        }
        PlanForm form = PlanForm.of(plan);
        name = form.name();
        vcpu = form.vcpu();
        ramGb = form.ramGb();
        diskGb = form.diskGb();
        location = form.location();
        price = form.price();
        currency = form.currency();
        server = form.oxhostServerId();
        sortOrder = form.sortOrder();
    }

    public Plan getPlan() {
        if (plan == null && id != null) {
            plan = administration.find(id).orElse(null);
        }
        return plan;
    }

    public boolean isNew() {
        return id == null;
    }

    public String save() {
        PlanForm.Parsed parsed = new PlanForm(name, vcpu, ramGb, diskGb, location, price, currency, server, sortOrder).parse();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!parsed.problems().isEmpty()) {
            for (PlanForm.Problem problem : parsed.problems()) {
                faces.addMessage("plan-form:" + problem.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Texts.get(problem.key(), problem.arguments()), null));
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("plan.problems"), null));
            return null;
        }
        return act(admin -> isNew() ? administration.create(admin, parsed.values())
                : administration.edit(admin, id, parsed.values()), "saved");
    }

    public String retire() {
        return act(admin -> administration.retire(admin, id), "retired");
    }

    public String restore() {
        return act(admin -> administration.restore(admin, id), "restored");
    }

    private interface Change {
        Plan apply(Admin admin) throws PlanAdministration.RefusedException;
    }

    private String act(Change change, String outcome) {
        Plan changed;
        try {
            changed = change.apply(currentUser.admin());
        } catch (PlanAdministration.RefusedException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (e.refusal() == PlanAdministration.Refusal.NO_SUCH_PLAN) {
                NotFound.send(faces);
                return null;
            }
            faces.addMessage("plan-form:server", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("plan.refused." + e.refusal().name()), null));
            return null;
        }
        return "/admin/plan?faces-redirect=true&id=" + changed.getId() + "&done=" + outcome;
    }

    /** The admin actions on this plan, newest first. */
    public List<AdminAction> getHistory() {
        return isNew() ? List.of() : log.page(new AdminActionLog.Filter(AdminAction.Target.PLAN, id, null), null, HISTORY_SHOWN);
    }

    public String getDoneText() {
        return done != null && List.of("saved", "retired", "restored").contains(done) ? Texts.get("plan.done." + done) : null;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getDone() { return done; }
    public void setDone(String done) { this.done = done; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getVcpu() { return vcpu; }
    public void setVcpu(String vcpu) { this.vcpu = vcpu; }
    public String getRamGb() { return ramGb; }
    public void setRamGb(String ramGb) { this.ramGb = ramGb; }
    public String getDiskGb() { return diskGb; }
    public void setDiskGb(String diskGb) { this.diskGb = diskGb; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getPrice() { return price; }
    public void setPrice(String price) { this.price = price; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getServer() { return server; }
    public void setServer(String server) { this.server = server; }
    public String getSortOrder() { return sortOrder; }
    public void setSortOrder(String sortOrder) { this.sortOrder = sortOrder; }
}
