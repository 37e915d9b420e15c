package net.zeroxhost.portal.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import net.zeroxhost.portal.admin.Admin;
import net.zeroxhost.portal.id.Ids;

/**
 * What support learned from 0xhost about an attempt whose outcome is unknown ("confirmed created,
 * track id …", "confirmed not created"). The seed API has no way to ask, so this is what a person
 * was told; it sits beside the attempt's record and never changes it.
 */
@Entity
@Table(name = "attempt_finding")
public class AttemptFinding {

    /** What 0xhost said of the attempt. */
    public enum Finding {
        CREATED, NOT_CREATED, OTHER
    }

    @Id
    private String id;

    @Column(name = "attempt_id", nullable = false)
    private String attemptId;

    @Column(name = "noted_at", nullable = false)
    private OffsetDateTime notedAt;

    @Column(name = "admin_id", nullable = false)
    private String adminId;

    @Column(name = "admin_email", nullable = false)
    private String adminEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Finding finding;

    @Column(name = "track_id")
    private String trackId;

    @Column(nullable = false)
    private String note;

    protected AttemptFinding() {
    }

    AttemptFinding(String attemptId, OffsetDateTime notedAt, Admin admin, Finding finding, String trackId, String note) {
        this.id = Ids.newId();
        this.attemptId = attemptId;
        this.notedAt = notedAt;
        this.adminId = admin.id();
        this.adminEmail = admin.email();
        this.finding = finding;
        this.trackId = trackId;
        this.note = note;
    }

    public String getId() { return id; }
    public String getAttemptId() { return attemptId; }
    public OffsetDateTime getNotedAt() { return notedAt; }
    public String getAdminEmail() { return adminEmail; }
    public Finding getFinding() { return finding; }
    public String getTrackId() { return trackId; }
    public String getNote() { return note; }

    /** One line of it, for the admin actions log. */
    String describe() {
        return finding + (trackId == null ? "" : ", track id " + trackId) + ": " + note;
    }
}
