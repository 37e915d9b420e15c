package net.zeroxhost.portal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.zeroxhost.portal.id.Ids;

/**
 * A plan as an admin typed it, every field text: {@link #parse()} checks each one and either gives
 * the plan's values or names each field that is wrong, so the page can say all of it at once.
 */
public record PlanForm(String name, String vcpu, String ramGb, String diskGb, String location, String price,
                       String currency, String oxhostServerId, String sortOrder) {

    static final int TEXT_MAX = 100;
    /** numeric(12,2): ten digits before the point. */
    static final BigDecimal PRICE_MAX = new BigDecimal("9999999999.99");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** A field that is wrong, by the form's field name, with the text's key and its arguments. */
    public record Problem(String field, String key, Object... arguments) {
    }

    /** The checked values of a plan. */
    public record Values(String name, int vcpu, int ramGb, int diskGb, String location, BigDecimal price,
                         String currency, String oxhostServerId, int sortOrder) {

        /** One line of what the plan is, for the admin actions log. */
        public String describe() {
            return name + "; " + vcpu + " vCPU; " + ramGb + " GB RAM; " + diskGb + " GB disk; " + location + "; "
                    + price.toPlainString() + " " + currency + "; server " + oxhostServerId + "; order " + sortOrder;
        }
    }

    /** The values of a plan as it is. */
    public static PlanForm of(Plan plan) {
        return new PlanForm(plan.getName(), String.valueOf(plan.getVcpu()), String.valueOf(plan.getRamGb()),
                String.valueOf(plan.getDiskGb()), plan.getLocation(), plan.getMonthlyPrice().toPlainString(),
                plan.getCurrency(), plan.getOxhostServerId(), String.valueOf(plan.getSortOrder()));
    }

    /** Either the values ({@code problems} empty) or what is wrong with them ({@code values} null). */
    public record Parsed(Values values, List<Problem> problems) {
    }

    public Parsed parse() {
        List<Problem> problems = new ArrayList<>();
        String checkedName = text("name", name, problems);
        int checkedVcpu = number("vcpu", vcpu, 1, 512, problems);
        int checkedRam = number("ramGb", ramGb, 1, 65_536, problems);
        int checkedDisk = number("diskGb", diskGb, 1, 1_000_000, problems);
        String checkedLocation = text("location", location, problems);
        BigDecimal checkedPrice = price(problems);
        String checkedCurrency = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(checkedCurrency).matches()) {
            problems.add(new Problem("currency", "plan.problem.currency"));
        }
        String server = oxhostServerId == null ? "" : oxhostServerId.strip();
        if (!Ids.isOxhostId(server)) {
            problems.add(new Problem("server", "plan.problem.server"));
        }
        int checkedOrder = sortOrder == null || sortOrder.isBlank() ? 0 : number("sortOrder", sortOrder, 0, 100_000, problems);
        if (!problems.isEmpty()) {
            return new Parsed(null, List.copyOf(problems));
        }
        return new Parsed(new Values(checkedName, checkedVcpu, checkedRam, checkedDisk, checkedLocation, checkedPrice,
                checkedCurrency, server, checkedOrder), List.of());
    }

    private static String text(String field, String value, List<Problem> problems) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > TEXT_MAX || CONTROL.matcher(stripped).find()) {
            problems.add(new Problem(field, "plan.problem.text", TEXT_MAX));
        }
        return stripped;
    }

    private static int number(String field, String value, int min, int max, List<Problem> problems) {
        try {
            int parsed = Integer.parseInt(value == null ? "" : value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // named below, like a number out of range
        }
        problems.add(new Problem(field, "plan.problem.number", min, max));
        return min;
    }

    private BigDecimal price(List<Problem> problems) {
        try {
            BigDecimal parsed = new BigDecimal(price == null ? "" : price.strip());
            if (parsed.signum() > 0 && parsed.scale() <= 2 && parsed.compareTo(PRICE_MAX) <= 0) {
                return parsed.setScale(2);
            }
        } catch (NumberFormatException e) {
            // named below, like a price out of range
        }
        problems.add(new Problem("price", "plan.problem.price"));
        return null;
    }
}
