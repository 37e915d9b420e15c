package net.zeroxhost.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.zeroxhost.portal.admin.AdminAction;
import net.zeroxhost.portal.admin.AdminActionLog;
import net.zeroxhost.portal.web.Texts;

/**
 * {@code /admin/actions?target=ACCOUNT&admin=…&on=…&after=…}: the log of admin actions, newest
 * first, filtered by its URL; pages are keyset reads from the last entry shown.
 */
@Named
@RequestScoped
public class AdminActionsBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    AdminActionLog log;

    private String target;
    private String admin;
    private String on;
    private String after;
    private AdminAction.Target targetType;
    private List<AdminAction> rows;
    private boolean hasNext;
    private final List<String> problems = new ArrayList<>();

    public void load() {
        AdminAction.Target type = null;
        if (present(target)) {
            type = Arrays.stream(AdminAction.Target.values()).filter(t -> t.name().equals(target.strip())).findFirst().orElse(null);
            if (type == null) {
                problems.add(Texts.get("actions.noSuchTarget"));
            }
        }
        targetType = type;
        AdminAction from = present(after) ? log.find(after.strip()) : null;
        List<AdminAction> read = log.page(new AdminActionLog.Filter(type, present(on) ? on.strip() : null,
                present(admin) ? admin.strip() : null), from, PAGE_SIZE + 1);
        hasNext = read.size() > PAGE_SIZE;
        rows = hasNext ? read.subList(0, PAGE_SIZE) : read;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public List<AdminAction.Target> getTargets() { return List.of(AdminAction.Target.values()); }
    /** The target filter as read, or null: the page compares this, never the raw text, with each target. */
    public AdminAction.Target getTargetType() { return targetType; }
    public List<AdminAction> getRows() { return rows; }
    public boolean isHasNext() { return hasNext; }
    public String getLastId() { return rows.isEmpty() ? null : rows.get(rows.size() - 1).getId(); }
    public List<String> getProblems() { return problems; }

    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getAdmin() { return admin; }
    public void setAdmin(String admin) { this.admin = admin; }
    public String getOn() { return on; }
    public void setOn(String on) { this.on = on; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
}
