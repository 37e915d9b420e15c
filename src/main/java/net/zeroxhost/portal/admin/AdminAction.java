package net.zeroxhost.portal.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import net.zeroxhost.portal.id.Ids;

/** One admin action, as it was made; never changed afterwards. */
@Entity
@Table(name = "admin_action")
public class AdminAction {

    /** What an action was made on. */
    public enum Target {
        ACCOUNT, PLAN, ATTEMPT
    }

    @Id
    private String id;

    @Column(name = "acted_at", nullable = false)
    private OffsetDateTime actedAt;

    @Column(name = "admin_id", nullable = false)
    private String adminId;

    @Column(name = "admin_email", nullable = false)
    private String adminEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    private Target targetType;

    @Column(name = "target_id", nullable = false)
    private String targetId;

    /** What the page calls the target (an email, a plan's name), as it was then. */
    @Column(name = "target_label", nullable = false)
    private String targetLabel;

    @Column(nullable = false)
    private String action;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected AdminAction() {
    }

    AdminAction(OffsetDateTime actedAt, Admin admin, Target targetType, String targetId, String targetLabel,
                String action, String before, String after) {
        this.id = Ids.newId();
        this.actedAt = actedAt;
        this.adminId = admin.id();
        this.adminEmail = admin.email();
        this.targetType = targetType;
        this.targetId = targetId;
        this.targetLabel = targetLabel;
        this.action = action;
        this.before = before;
        this.after = after;
    }

    public String getId() { return id; }
    public OffsetDateTime getActedAt() { return actedAt; }
    public String getAdminId() { return adminId; }
    public String getAdminEmail() { return adminEmail; }
    public Target getTargetType() { return targetType; }
    public String getTargetId() { return targetId; }
    public String getTargetLabel() { return targetLabel; }
    public String getAction() { return action; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
