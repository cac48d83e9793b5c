package io.portalis.bench;

import java.util.List;

import io.portalis.runtime.Asyncio;
import io.portalis.runtime.Clock;
import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Task;

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
    void mailboxHandsOverInOrderAndRefusesASecondItem() {
        List<Integer> got = EventLoop.newEventLoop(Clock.virtual()).run(() -> {
            Mailbox box = new Mailbox(Asyncio.getRunningLoop());
            box.send(1);
            assertThatThrownBy(() -> box.send(2)).isInstanceOf(IllegalStateException.class);
            int first = box.receive();
            Task<Integer> waiter = Asyncio.createTask(box::receive);
            Asyncio.sleep(0);
            box.send(3);
            return List.of(first, waiter.join());
        });
        assertThat(got).containsExactly(1, 3);
    }
}
