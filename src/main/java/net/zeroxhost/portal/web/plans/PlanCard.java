package net.zeroxhost.portal.web.plans;

/**
 * One plan as the catalog page shows it, every text already made, so that the page only writes
 * them. A class with getters, not a record: Jakarta EL 5 reads bean properties only.
 */
public final class PlanCard {

    private final String id;
    private final String name;
    private final String vcpu;
    private final String ram;
    private final String disk;
    private final String location;
    private final String price;
    private final String choose;

    PlanCard(String id, String name, String vcpu, String ram, String disk, String location, String price, String choose) {
        this.id = id;
        this.name = name;
        this.vcpu = vcpu;
        this.ram = ram;
        this.disk = disk;
        this.location = location;
        this.price = price;
        this.choose = choose;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getVcpu() { return vcpu; }
    public String getRam() { return ram; }
    public String getDisk() { return disk; }
    public String getLocation() { return location; }
    public String getPrice() { return price; }
    /** The label of the plan's button, naming the plan for screen readers that list the links. */
    public String getChoose() { return choose; }
}
