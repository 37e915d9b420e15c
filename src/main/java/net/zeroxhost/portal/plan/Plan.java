package net.zeroxhost.portal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import net.zeroxhost.portal.id.Ids;

/** A server plan of the catalog; each one is sold as one 0xhost server. */
@Entity
@Table(name = "plan")
@EntityListeners(PlanChanges.class)
public class Plan {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int vcpu;

    @Column(name = "ram_gb", nullable = false)
    private int ramGb;

    @Column(name = "disk_gb", nullable = false)
    private int diskGb;

    @Column(nullable = false)
    private String location;

    @Column(name = "monthly_price", nullable = false)
    private BigDecimal monthlyPrice;

    @Column(nullable = false)
    private String currency;

    /** The 0xhost server UUID an invoice for this plan is created for. */
    @Column(name = "oxhost_server_id", nullable = false)
    private String oxhostServerId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(String name, int vcpu, int ramGb, int diskGb, String location,
                BigDecimal monthlyPrice, String currency, String oxhostServerId, int sortOrder) {
        this.id = Ids.newId();
        this.name = name;
        this.vcpu = vcpu;
        this.ramGb = ramGb;
        this.diskGb = diskGb;
        this.location = location;
        this.monthlyPrice = monthlyPrice;
        this.currency = currency;
        this.oxhostServerId = oxhostServerId;
        this.sortOrder = sortOrder;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public int getVcpu() { return vcpu; }
    public int getRamGb() { return ramGb; }
    public int getDiskGb() { return diskGb; }
    public String getLocation() { return location; }
    public BigDecimal getMonthlyPrice() { return monthlyPrice; }
    public String getCurrency() { return currency; }
    public String getOxhostServerId() { return oxhostServerId; }
    public boolean isActive() { return active; }
    public int getSortOrder() { return sortOrder; }

    /** Takes an admin's checked values; invoices already made keep their own copies. */
    void edit(PlanForm.Values values) {
        this.name = values.name();
        this.vcpu = values.vcpu();
        this.ramGb = values.ramGb();
        this.diskGb = values.diskGb();
        this.location = values.location();
        this.monthlyPrice = values.price();
        this.currency = values.currency();
        this.oxhostServerId = values.oxhostServerId();
        this.sortOrder = values.sortOrder();
    }

    /** Out of the catalog: it can no longer be bought, and its invoices stay as they were. */
    void retire() {
        this.active = false;
    }

    void restore() {
        this.active = true;
    }
}
