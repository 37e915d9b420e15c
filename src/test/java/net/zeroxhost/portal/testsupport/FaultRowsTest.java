package net.zeroxhost.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Clock;
import java.util.Arrays;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.oxhost.InvoiceOutcome;
import net.zeroxhost.portal.oxhost.wire.HttpAnswer;
import net.zeroxhost.portal.oxhost.wire.InvoiceAnswerReader;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix's rows are what they say, checked in seconds without a server: each answer read
 * whole by the portal's reader gives the row's state and reason. FaultMatrixIT then proves them
 * over real connections in each server, where transport faults, timeouts and the size cap come in.
 */
class FaultRowsTest {

    private final InvoiceAnswerReader reader = new InvoiceAnswerReader(Clock.systemUTC());

    @Test
    void everyRowHasItsOwnServerIdAndEveryGroupHasRows() {
        assertThat(FaultRows.all()).extracting(FaultRows.Row::serverId).doesNotHaveDuplicates();
        for (FaultRows.Group group : FaultRows.Group.values()) {
            assertThat(FaultRows.of(group)).as(group.name()).isNotEmpty();
        }
    }

    @Test
    void everyBrokenAnswerIsAFaultWireMockKnows() {
        FaultRows.all().stream().filter(row -> row.answer() instanceof FaultRows.Broken)
                .forEach(row -> Fault.valueOf(((FaultRows.Broken) row.answer()).fault()));
    }

    @Test
    void theAnswersThatArriveWholeReadAsTheirRowsSay() {
        for (FaultRows.Row row : FaultRows.all()) {
            if (!(row.answer() instanceof FaultRows.Http http) || http.templated() || http.delayMs() > 0
                    || http.dribble() > 0 || http.padTo() > 0) {
                continue;
            }
            InvoiceOutcome outcome = reader.read(HttpAnswer.of(http.status(), http.headers().get("Location"), http.body(), null));

            InvoiceState state = outcome instanceof InvoiceOutcome.Created ? InvoiceState.OPEN
                    : outcome instanceof InvoiceOutcome.Failed ? InvoiceState.FAILED : InvoiceState.UNKNOWN;
            assertThat(state).as(row.name() + ": " + outcome).isEqualTo(row.state());
            if (outcome instanceof InvoiceOutcome.Failed failed) {
                assertThat(row.reasonMatches(failed.reason())).as(row.name() + ": " + failed.reason()).isTrue();
                assertThat(failed.oxhostMessage()).as(row.name()).isEqualTo(row.oxhostMessage());
            } else if (outcome instanceof InvoiceOutcome.Unknown unknown) {
                assertThat(row.reasonMatches(unknown.reason())).as(row.name() + ": " + unknown.reason()).isTrue();
            }
        }
    }

    @Test
    void eachMissingFieldRowLacksExactlyThatField() {
        for (FaultRows.Row row : FaultRows.of(FaultRows.Group.MISSING_FIELD)) {
            String field = row.name().substring("without-".length()).replace('-', '_');
            String body = new String(((FaultRows.Http) row.answer()).body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).as(row.name()).doesNotContain("\"" + field + "\"");
            assertThat(Arrays.stream(new String[] {"track_id", "amount", "currency", "pay_amount", "pay_currency",
                    "network", "address", "expired_at"}).filter(other -> !other.equals(field)))
                    .allSatisfy(other -> assertThat(body).as(row.name()).contains("\"" + other + "\""));
        }
    }
}
