package net.zeroxhost.portal.invoice.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit export: RFC 4180 CSV (Apache Commons CSV does the quoting) with one header line and
 * one line per attempt. Its cells carry text that customers and 0xhost chose (an email, a track
 * id, 0xhost's words in a reason), and a spreadsheet runs a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula; such a cell is
 * prefixed with an apostrophe (OWASP's advice on CSV injection), which spreadsheets show as text.
 */
public final class AuditCsv implements AutoCloseable {

    public static final List<String> HEADER = List.of("requested_at", "customer", "plan", "state", "catalog_price",
            "catalog_currency", "amount", "currency", "pay_amount", "pay_currency", "network", "track_id", "order_id",
            "expires_at", "failure_reason", "attempt_id");

    /** Excel reads a file without it as the local code page; other readers skip it. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;

    public AuditCsv(Appendable out) {
        try {
            out.append(BYTE_ORDER_MARK);
            printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(List<AuditRow> rows) {
        try {
            for (AuditRow row : rows) {
                printer.printRecord(inert(time(row.getRequestedAt())), inert(row.getCustomer()), inert(row.getPlan()),
                        row.getState().name(), plain(row.getPrice()), inert(row.getPriceCurrency()),
                        plain(row.getAmount()), inert(row.getCurrency()), plain(row.getPayAmount()),
                        inert(row.getPayCurrency()), inert(row.getNetwork()), inert(row.getTrackId()),
                        inert(row.getOrderId()), inert(time(row.getExpiresAt())), inert(row.getFailureReason()),
                        row.getId());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as text a spreadsheet shows and never evaluates. */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** Amounts are never negative, so a plain decimal never needs {@link #inert}. */
    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
