package io.portalis.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workloads pass their own correctness checks at small sizes (their speed is measured by bench/run only). */
class WorkloadsTest {

    private final Workloads workloads = new Workloads("continuation");

    @Test
    void spawnChecksItsSum() {
        assertThat(workloads.spawn(1000)).hasSize(1);
    }

    @Test
    void pingpongChecksEveryEcho() {
        assertThat(workloads.pingpong(1000)).hasSize(1);
    }

    @Test
    void sleepersReportWallAndLateness() {
        double[] v = workloads.sleepers(100);
        assertThat(v).hasSize(4);
        assertThat(v[0]).as("wall ms").isGreaterThanOrEqualTo(100);
        assertThat(v[1]).isLessThanOrEqualTo(v[2]).isLessThanOrEqualTo(v[3]);
    }

    @Test
    void idleMemoryMeasuresSuspendedTasks() {
        assertThat(workloads.idleMemory(1000)).hasSize(2);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Workloads.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(Workloads.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void channelWorkloadsCheckTheirSumsOnBothFlavours() {
        for (FlavorWorkloads.Flavor flavor : FlavorWorkloads.Flavor.values()) {
            FlavorWorkloads w = new FlavorWorkloads(flavor, "continuation");
            assertThat(w.fanIn(1, 10_000)).as("throughput on %s", flavor).isPositive();
            assertThat(w.fanIn(4, 2_000)).as("fanin on %s", flavor).isPositive();
            assertThat(w.pingpong(1000)).as("pingpong on %s", flavor).isPositive();
            assertThat(w.lock(50, 10)).as("lock on %s", flavor).isPositive();
            assertThat(w.spawn(1000)).as("spawn on %s", flavor).isPositive();
        }
    }

    @Test
    void unknownFlavorIsRefused() {
        assertThatThrownBy(() -> FlavorWorkloads.Flavor.of("many-threads")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("current-thread or multi-thread");
    }
}
