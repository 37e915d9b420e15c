package net.zeroxhost.portal.invoice.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.platform.Database;
import net.zeroxhost.portal.platform.LikePattern;

/**
 * The audit list's reads, in SQL of the subset H2 and PostgreSQL share. Pages are read by keyset,
 * never by offset: page 20,000 of a million rows costs what the first one does, where an offset
 * makes the database walk past every row before it. The columns are the list's only, as a
 * projection, so that no 20,000-character answer is loaded to show one line.
 */
@ApplicationScoped
public class AuditSearch {

    /** Counting stops here: past it the list says "more than 1,000"; counting a million rows to say so exactly would cost a second a page. */
    public static final int COUNT_LIMIT = 1_000;

    /** Rows per read of the export: large enough to be quick, small enough that memory stays flat. */
    static final int EXPORT_BATCH = 1_000;
    static final int FIRST_EXPORT_BATCH = 50;

    /**
     * Up to this many accounts a customer filter takes are listed by id, and their attempts found by
     * the account index; beyond it the part of an email is common, and walking the list in its order
     * meets matches sooner than collecting and sorting all their attempts would.
     */
    static final int LISTED_ACCOUNTS = 50;

    private static final String COLUMNS = """
            a.id, a.requested_at, c.email, a.plan_name, a.state, a.price, a.price_currency, a.amount, a.currency,
            a.pay_amount, a.pay_currency, a.network, a.track_id, a.order_id, a.expired_at, a.failure_reason""";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    /** Whether the database is H2, whose planner takes index hints (asked once). */
    private volatile Boolean h2;

    /** One page of the list and whether the view goes on before and after it. */
    public record Page(List<AuditRow> rows, boolean hasPrevious, boolean hasNext) {
    }

    /** How many attempts the filter takes; {@code atLeast} when counting stopped at the limit. */
    public record Count(long value, boolean atLeast) {
    }

    /** What the list page shows: the page and the count, the customer filter's accounts looked up once for both. */
    public record Listing(Page page, Count count) {
    }

    public Listing list(AuditQuery query, Instant now) {
        Customers customers = customers(query.filter());
        return new Listing(page(query, customers, now), count(query.filter(), customers, now, COUNT_LIMIT));
    }

    public Page page(AuditQuery query, Instant now) {
        return page(query, customers(query.filter()), now);
    }

    private Page page(AuditQuery query, Customers customers, Instant now) {
        boolean backwards = query.before() != null;
        AuditCursor cursor = backwards ? query.before() : query.after();
        List<AuditRow> rows = read(query.filter(), customers, query.sort(), cursor, backwards, query.size() + 1, now);
        boolean more = rows.size() > query.size();
        if (more) {
            rows = rows.subList(0, query.size());
        }
        if (backwards) {
            rows = new ArrayList<>(rows);
            Collections.reverse(rows);
            return new Page(rows, more, true);
        }
        return new Page(rows, cursor != null, more);
    }

    public Count count(AuditFilter filter, Instant now) {
        return count(filter, now, COUNT_LIMIT);
    }

    /** {@link #count(AuditFilter, Instant)}, stopping at {@code limit}. */
    public Count count(AuditFilter filter, Instant now, int limit) {
        return count(filter, customers(filter), now, limit);
    }

    private Count count(AuditFilter filter, Customers customers, Instant now, int limit) {
        Sql sql = new Sql();
        sql.text.append("select count(*) from (select 1 from invoice_attempt a");
        if (customers != null && customers.byEmail()) {
            sql.text.append(" join account c on c.id = a.account_id");
        }
        sql.where(filter, customers, now);
        sql.text.append(" limit ").append(limit + 1).append(") t");
        long value = ((Number) sql.query(em).getSingleResult()).longValue();
        return value > limit ? new Count(limit, true) : new Count(value, false);
    }

    /**
     * Hands every attempt the filter takes to {@code batch}, in {@code sort} order, a batch at a
     * time: each batch is one keyset read, so the export of a million rows holds a thousand at once.
     * {@code batch} answers whether to read on: an export whose reader has gone stops at once,
     * rather than reading the rest of a million rows for nobody.
     */
    public void forEachBatch(AuditFilter filter, AuditSort sort, Instant now, Predicate<List<AuditRow>> batch) {
        forEachBatch(filter, sort, now, EXPORT_BATCH, batch);
    }

    /**
     * {@link #forEachBatch(AuditFilter, AuditSort, Instant, Predicate)} in batches of {@code size},
     * the first of them smaller, so that the first rows go out before a whole batch has been read.
     */
    public void forEachBatch(AuditFilter filter, AuditSort sort, Instant now, int size, Predicate<List<AuditRow>> batch) {
        Customers customers = customers(filter);
        AuditCursor cursor = null;
        int limit = Math.min(FIRST_EXPORT_BATCH, size);
        while (true) {
            List<AuditRow> rows = read(filter, customers, sort, cursor, false, limit, now);
            if (rows.isEmpty()) {
                return;
            }
            if (!batch.test(rows) || rows.size() < limit) {
                return;
            }
            cursor = AuditCursor.at(rows.get(rows.size() - 1), sort);
            limit = size;
        }
    }

    private List<AuditRow> read(AuditFilter filter, Customers customers, AuditSort sort, AuditCursor cursor,
                                boolean backwards, int limit, Instant now) {
        // Backwards reads the rows before the cursor in the opposite order; the caller turns them round.
        boolean ascending = sort.ascending() != backwards;
        String direction = ascending ? "" : " desc";
        // The equality-bound column leads the order when its index serves the list: the order is the
        // same, and H2 then reads the index in order instead of sorting every row the filter takes.
        String leading = null;
        String index = null;
        if (sort == AuditSort.NEWEST && !backwards && filter.customer() == null && filter.trackId() == null && filter.orderId() == null) {
            if (filter.planId() != null) {
                leading = "a.plan_id";
                index = "invoice_attempt_plan_idx";
            } else if (filter.state() == InvoiceState.OPEN) {
                index = "invoice_attempt_awaiting_idx";
            } else if (filter.state() != null) {
                leading = "a.state";
                index = "invoice_attempt_state_idx";
            }
        }
        Sql sql = new Sql();
        sql.text.append("select ").append(COLUMNS).append(" from invoice_attempt a");
        if (index != null && h2()) {
            // H2 prefers the foreign key's own index on plan_id, and a range on the state index,
            // either of which makes it sort the whole filtered set; PostgreSQL needs no hint.
            sql.text.append(" use index (").append(index).append(")");
        }
        // A left join, which the foreign key makes the same as an inner one: H2 keeps its order, so
        // the attempts drive the query through the index of the order (it began with the other
        // table and sorted every attempt otherwise). The plan's name is the attempt's own copy.
        sql.text.append(" left join account c on c.id = a.account_id");
        sql.where(filter, customers, now);
        if (cursor != null) {
            String compare = ascending ? " > " : " < ";
            if (sort.byPrice()) {
                sql.and("(a.price, a.requested_at, a.id)" + compare + "(?, ?, ?)",
                        cursor.price(), utc(cursor.requestedAt()), cursor.id());
            } else {
                sql.and("(a.requested_at, a.id)" + compare + "(?, ?)", utc(cursor.requestedAt()), cursor.id());
            }
        }
        sql.text.append(" order by ");
        if (leading != null) {
            // Ascending as in the index: the column is bound to one value, and H2 sorts every row
            // when a direction differs from the index's, even that of a constant.
            sql.text.append(leading).append(", ");
        }
        if (sort.byPrice()) {
            sql.text.append("a.price").append(direction).append(", ");
        }
        sql.text.append("a.requested_at").append(direction).append(", a.id").append(direction);
        sql.text.append(" limit ").append(limit);
        @SuppressWarnings("unchecked")
        List<Object[]> result = sql.query(em).getResultList();
        List<AuditRow> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(row(r, now));
        }
        return rows;
    }

    /**
     * The accounts a customer filter takes (null without one): their ids when they are few, else
     * none, and the read matches the email itself.
     */
    private Customers customers(AuditFilter filter) {
        if (filter.customer() == null) {
            return null;
        }
        List<?> ids = em.createNativeQuery("select m.id from account m where m.email like ? escape '!' limit "
                + (LISTED_ACCOUNTS + 1)).setParameter(1, LikePattern.containingLowerCase(filter.customer())).getResultList();
        return new Customers(ids.size() > LISTED_ACCOUNTS ? null : ids.stream().map(String.class::cast).toList());
    }

    /** The ids of the accounts a customer filter takes, or null: too many, matched by email. */
    private record Customers(List<String> ids) {

        boolean byEmail() {
            return ids == null;
        }
    }

    private boolean h2() {
        Boolean known = h2;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = c.getMetaData().getDatabaseProductName().equals("H2");
            } catch (SQLException e) {
                throw new IllegalStateException("could not tell which database the portal runs on", e);
            }
            h2 = known;
        }
        return known;
    }

    private static AuditRow row(Object[] r, Instant now) {
        InvoiceState stored = InvoiceState.valueOf((String) r[4]);
        Instant expiresAt = instant(r[14]);
        InvoiceState state = stored == InvoiceState.OPEN && expiresAt != null && !expiresAt.isAfter(now)
                ? InvoiceState.EXPIRED : stored;
        return new AuditRow((String) r[0], instant(r[1]), (String) r[2], (String) r[3], state, (BigDecimal) r[5],
                (String) r[6], decimal(r[7]), (String) r[8], decimal(r[9]), (String) r[10], (String) r[11],
                (String) r[12], (String) r[13], expiresAt, (String) r[15]);
    }

    /** Amounts from 0xhost are kept as the exact decimal text received. */
    private static BigDecimal decimal(Object text) {
        return text == null ? null : new BigDecimal((String) text);
    }

    /** H2 gives a time with zone as OffsetDateTime, PostgreSQL's driver as Timestamp. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time type " + value.getClass().getName());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A statement and its parameters, in order; user input only ever travels as a parameter. */
    private static final class Sql {

        final StringBuilder text = new StringBuilder();
        final List<Object> params = new ArrayList<>();
        private boolean whereStarted;

        void and(String condition, Object... values) {
            text.append(whereStarted ? " and " : " where ").append(condition);
            whereStarted = true;
            params.addAll(List.of(values));
        }

        void where(AuditFilter filter, Customers customers, Instant now) {
            InvoiceState state = filter.state();
            if (state == InvoiceState.OPEN) {
                and("a.state = ? and a.expired_at > ?", InvoiceState.OPEN.name(), utc(now));
            } else if (state == InvoiceState.EXPIRED) {
                and("a.state = ? and a.expired_at <= ?", InvoiceState.OPEN.name(), utc(now));
            } else if (state != null) {
                and("a.state = ?", state.name());
            }
            if (customers != null && customers.byEmail()) {
                and("c.email like ? escape '!'", LikePattern.containingLowerCase(filter.customer()));
            } else if (customers != null && customers.ids().isEmpty()) {
                and("1 = 0");
            } else if (customers != null) {
                and("a.account_id in (" + String.join(", ", Collections.nCopies(customers.ids().size(), "?")) + ")",
                        customers.ids().toArray());
            }
            if (filter.planId() != null) {
                and("a.plan_id = ?", filter.planId());
            }
            if (filter.from() != null) {
                and("a.requested_at >= ?", utc(filter.fromInstant()));
            }
            if (filter.to() != null) {
                and("a.requested_at < ?", utc(filter.untilInstant()));
            }
            if (filter.trackId() != null) {
                and("a.track_id = ?", filter.trackId());
            }
            if (filter.orderId() != null) {
                and("a.order_id = ?", filter.orderId());
            }
        }

        Query query(EntityManager em) {
            Query query = em.createNativeQuery(text.toString());
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query;
        }
    }
}
