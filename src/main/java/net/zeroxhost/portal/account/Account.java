package net.zeroxhost.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import net.zeroxhost.portal.id.Ids;

/** Someone who logs in: a customer or an admin. */
@Entity
@Table(name = "account")
@EntityListeners(AccountChanges.class)
public class Account {

    @Id
    private String id;

    /** Stored lower-cased, so that log in does not depend on how the address was typed. */
    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    /** The 0xhost user UUID invoices are created for; null while the account awaits activation. */
    @Column(name = "oxhost_user_id")
    private String oxhostUserId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** When an admin disabled the account; null while it may log in. */
    @Column(name = "disabled_at")
    private OffsetDateTime disabledAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String passwordHash, Role role, String oxhostUserId, OffsetDateTime createdAt) {
        this.id = Ids.newId();
        this.email = Emails.normalize(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.oxhostUserId = oxhostUserId;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getEmail() { return email; }
    public Role getRole() { return role; }
    /** For the identity store only: the hash never leaves this package. */
    String passwordHash() { return passwordHash; }
    public String getOxhostUserId() { return oxhostUserId; }
    public OffsetDateTime getCreatedAt() { return createdAt; }

    public OffsetDateTime getDisabledAt() { return disabledAt; }

    /** True when invoices can be created for this account. */
    public boolean isActivated() {
        return oxhostUserId != null && !oxhostUserId.isBlank();
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    /** Links the 0xhost user invoices are created for (activates a pending account); the value is checked by the caller. */
    void linkOxhostUser(String oxhostUserId) {
        this.oxhostUserId = oxhostUserId;
    }

    void disable(OffsetDateTime at) {
        this.disabledAt = at;
    }

    void enable() {
        this.disabledAt = null;
    }
}
