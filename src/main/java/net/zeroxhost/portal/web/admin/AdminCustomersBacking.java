package net.zeroxhost.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.zeroxhost.portal.account.Account;
import net.zeroxhost.portal.account.AccountAdministration;

/**
 * {@code /admin/customers?q=…&after=…}: the accounts whose email contains {@code q}, by email,
 * a page at a time from the last email shown (a keyset: the 200th page costs what the first does).
 */
@Named
@RequestScoped
public class AdminCustomersBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    AccountAdministration administration;

    private String q;
    private String after;
    private List<Account> rows;
    private boolean hasNext;

    public void load() {
        List<Account> read = administration.search(blankToNull(q), blankToNull(after), PAGE_SIZE + 1);
        hasNext = read.size() > PAGE_SIZE;
        rows = hasNext ? read.subList(0, PAGE_SIZE) : read;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<Account> getRows() { return rows; }
    public boolean isHasNext() { return hasNext; }
    public boolean isHasPrevious() { return blankToNull(after) != null; }
    public String getLastEmail() { return rows.isEmpty() ? null : rows.get(rows.size() - 1).getEmail(); }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
}
