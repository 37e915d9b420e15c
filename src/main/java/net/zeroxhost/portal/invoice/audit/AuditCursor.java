package net.zeroxhost.portal.invoice.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.zeroxhost.portal.id.Ids;

/**
 * Where a keyset page starts: the sort key of a row the previous page showed. It travels in the
 * URL as text of digits and the id, so a shared link opens the same page; anything else a URL
 * carries there is no cursor, and the list starts from its first page.
 *
 * @param price null unless the list is sorted by price
 */
public record AuditCursor(BigDecimal price, Instant requestedAt, String id) {

    private static final Pattern TEXT = Pattern.compile("(?:(\\d{1,10}(?:\\.\\d{1,2})?)_)?(-?\\d{1,19})_([0-9a-f-]{36})");

    /** The cursor at {@code row} for a list in {@code sort}. */
    public static AuditCursor at(AuditRow row, AuditSort sort) {
        return new AuditCursor(sort.byPrice() ? row.getPrice() : null, row.getRequestedAt(), row.getId());
    }

    /** As it appears in URLs: [price_]epoch-microseconds_id. */
    public String text() {
        long micros = requestedAt.getEpochSecond() * 1_000_000L + requestedAt.getNano() / 1_000;
        return (price == null ? "" : price.toPlainString() + "_") + micros + "_" + id;
    }

    /** The cursor the text stands for, if it is one for a list in {@code sort}. */
    public static Optional<AuditCursor> parse(String text, AuditSort sort) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches() || (m.group(1) != null) != sort.byPrice() || !Ids.isWellFormed(m.group(3))) {
            return Optional.empty();
        }
        long micros = Long.parseLong(m.group(2));
        Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        return Optional.of(new AuditCursor(m.group(1) == null ? null : new BigDecimal(m.group(1)), at, m.group(3)));
    }
}
