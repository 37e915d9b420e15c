package net.zeroxhost.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HashGateTest {

    /** A hash holding the gate's one permit until {@code release} is counted down. */
    private static CompletableFuture<String> holdThePermit(HashGate gate, CountDownLatch release) throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            inside.countDown();
            await(release);
            return "first";
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    @Test
    void aHashBeyondTheLimitIsRefusedAfterItsWaitAndNothingRunsForIt() throws Exception {
        HashGate gate = new HashGate(1, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = holdThePermit(gate, release);

        boolean[] ran = {false};
        assertThatThrownBy(() -> gate.run(() -> ran[0] = true)).isInstanceOf(HashGate.Busy.class);
        assertThat(ran[0]).as("the refused hash never ran").isFalse();

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(gate.run(() -> "after")).as("the permit came back").isEqualTo("after");
    }

    @Test
    void aHashThatWaitsForAFreePermitWithinItsWaitRuns() throws Exception {
        HashGate gate = new HashGate(1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = holdThePermit(gate, release);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> gate.run(() -> "second"));

        release.countDown();

        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
    }

    @Test
    void aFailingHashGivesItsPermitBack() {
        HashGate gate = new HashGate(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> gate.run(() -> { throw new IllegalStateException("broken hash"); }))
                .hasMessage("broken hash");
        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
