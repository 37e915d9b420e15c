package net.zeroxhost.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the demo accounts, whose passwords are public, are created. */
class DemoDataTest {

    @Test
    void theReadmeRunInTheSandboxHasDemoData() {
        assertThat(DemoData.wanted(Optional.empty(), true, true)).isTrue();
    }

    @Test
    void theReadmeRunWithARealKeyHasNoneUnlessAskedFor() {
        assertThat(DemoData.wanted(Optional.empty(), true, false)).isFalse();
        assertThat(DemoData.wanted(Optional.of(true), true, false)).isTrue();
    }

    @Test
    void theOperatorsSettingWinsOverTheReadmeRun() {
        assertThat(DemoData.wanted(Optional.of(false), true, true)).isFalse();
    }

    @Test
    void aDeployedWarHasNoneUnlessAskedFor() {
        assertThat(DemoData.wanted(Optional.empty(), false, true)).isFalse();
        assertThat(DemoData.wanted(Optional.of(true), false, false)).isTrue();
    }
}
