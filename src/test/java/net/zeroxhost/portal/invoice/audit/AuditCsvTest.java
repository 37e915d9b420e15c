package net.zeroxhost.portal.invoice.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.zeroxhost.portal.invoice.InvoiceState;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    private static AuditRow row(String customer, String trackId, String reason) {
        return new AuditRow("3f1b7c52-8d4e-4a6b-9c1d-2e5f7a8b9c0d", Instant.parse("2026-11-02T10:15:30Z"), customer,
                "Standard, \"EU\"", InvoiceState.OPEN, new BigDecimal("12.00"), "EUR", new BigDecimal("12.00"), "EUR",
                new BigDecimal("0.0358619204"), "ETH", "Ethereum", trackId, null,
                Instant.parse("2026-11-02T11:45:30Z"), reason);
    }

    private static String export(List<AuditRow> rows) {
        StringBuilder out = new StringBuilder();
        try (AuditCsv csv = new AuditCsv(out)) {
            csv.write(rows);
        }
        return out.toString();
    }

    private static List<CSVRecord> parsed(String text) throws Exception {
        assertThat(text.charAt(0)).isEqualTo(AuditCsv.BYTE_ORDER_MARK);
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void oneHeaderThenOneLinePerAttemptQuotedWhereNeeded() throws Exception {
        String text = export(List.of(row("alice@example.com", "110816020", "line one\nline \"two\", three")));
        List<CSVRecord> records = parsed(text);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList()).isEqualTo(AuditCsv.HEADER);
        CSVRecord r = records.get(1);
        assertThat(r.get(0)).isEqualTo("2026-11-02T10:15:30Z");
        assertThat(r.get(2)).isEqualTo("Standard, \"EU\"");
        assertThat(r.get(3)).isEqualTo("OPEN");
        assertThat(r.get(8)).as("crypto amount exact").isEqualTo("0.0358619204");
        assertThat(r.get(12)).as("no order id: empty").isEmpty();
        assertThat(r.get(14)).isEqualTo("line one\nline \"two\", three");
        assertThat(text).contains("\r\n").contains("\"Standard, \"\"EU\"\"\"");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreText() throws Exception {
        List<String> formulas = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3",
                "@SUM(A1:A2)", "\tTAB", "\rCR");
        for (String formula : formulas) {
            CSVRecord r = parsed(export(List.of(row(formula + "@example.com", formula, formula)))).get(1);
            assertThat(r.get(1)).isEqualTo("'" + formula + "@example.com");
            assertThat(r.get(11)).isEqualTo("'" + formula);
            assertThat(r.get(14)).isEqualTo("'" + formula);
        }
        assertThat(AuditCsv.inert("a=b")).isEqualTo("a=b");
        assertThat(AuditCsv.inert("")).isEmpty();
    }

    @Test
    void unicodeSurvives() throws Exception {
        CSVRecord r = parsed(export(List.of(row("zoë@例え.jp", "x", null)))).get(1);
        assertThat(r.get(1)).isEqualTo("zoë@例え.jp");
    }
}
