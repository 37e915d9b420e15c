package net.zeroxhost.portal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanFormTest {

    private static PlanForm form(String price, String currency, String server) {
        return new PlanForm(" Big box ", "8", "32", "640", "Oslo, NO", price, currency, server, "");
    }

    @Test
    void checkedValuesAreTrimmedAndNormalised() {
        PlanForm.Parsed parsed = form("19.9", " eur ", " 3b9f8a52-0c6e-4d1f-9b7a-1e2c3d4f5a61 ").parse();
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values()).isEqualTo(new PlanForm.Values("Big box", 8, 32, 640, "Oslo, NO", new BigDecimal("19.90"),
                "EUR", "3b9f8a52-0c6e-4d1f-9b7a-1e2c3d4f5a61", 0));
        assertThat(parsed.values().describe()).contains("19.90 EUR").contains("8 vCPU").contains("server 3b9f8a52-");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        PlanForm.Parsed parsed = new PlanForm("", "0", "lots", "-5", "x".repeat(101), "0", "euro", "srv-1", "1e3").parse();
        assertThat(parsed.values()).isNull();
        assertThat(parsed.problems()).extracting(PlanForm.Problem::field)
                .containsExactly("name", "vcpu", "ramGb", "diskGb", "location", "price", "currency", "server", "sortOrder");
    }

    @Test
    void pricesArePositiveWithAtMostTwoDecimalsAndFitTheColumn() {
        assertThat(form("-1", "EUR", "a-b-c-d-e").parse().problems()).extracting(PlanForm.Problem::field).containsExactly("price");
        assertThat(form("1.234", "EUR", "a-b-c-d-e").parse().problems()).extracting(PlanForm.Problem::field).containsExactly("price");
        assertThat(form("10000000000", "EUR", "a-b-c-d-e").parse().problems()).extracting(PlanForm.Problem::field)
                .containsExactly("price");
        assertThat(form("NaN", "EUR", "a-b-c-d-e").parse().problems()).extracting(PlanForm.Problem::field).containsExactly("price");
        assertThat(form("9999999999.99", "EUR", "a-b-c-d-e").parse().problems()).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedInTexts() {
        PlanForm.Parsed parsed = new PlanForm("Big\u0000box", "1", "1", "1", "Oslo\n", "1", "EUR", "a-b-c-d-e", "0").parse();
        assertThat(parsed.problems()).extracting(PlanForm.Problem::field).containsExactly("name");
    }

    @Test
    void aPlanAsItIsParsesBackToItsValues() {
        Plan plan = new Plan("Starter", 1, 2, 40, "Frankfurt, DE", new BigDecimal("9.99"), "EUR",
                "3b9f8a52-0c6e-4d1f-9b7a-1e2c3d4f5a61", 10);
        assertThat(PlanForm.of(plan).parse().values()).isEqualTo(new PlanForm.Values("Starter", 1, 2, 40, "Frankfurt, DE",
                new BigDecimal("9.99"), "EUR", "3b9f8a52-0c6e-4d1f-9b7a-1e2c3d4f5a61", 10));
    }
}
