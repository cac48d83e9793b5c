package io.portalis.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.portalis.runtime.Asyncio;
import io.portalis.runtime.Clock;
import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Future;
import io.portalis.runtime.Task;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Microbenchmarks of the current-thread runtime's basic costs, each on a fresh loop per invocation of
 * {@value #OPS} operations: spawning a task, yielding with {@code sleep(0)}, a future handoff between two tasks,
 * and {@code callSoon}. Run with {@code bench/run --jmh}; {@code -p engine=virtual-thread} compares the engines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RuntimeBenchmarks {

    static final int OPS = 10_000;

    /** The coroutine engine under test. */
    @Param({"continuation"})
    public String engine;

    private EventLoop newLoop() {
        return EventLoop.newEventLoop(Clock.system(), engine);
    }

    /** Creating a task that returns at once, and joining it. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public long spawnAndJoin() {
        return newLoop().run(() -> {
            List<Task<Integer>> tasks = new ArrayList<>(OPS);
            for (int i = 0; i < OPS; i++) {
                int index = i;
                tasks.add(Asyncio.createTask(() -> index));
            }
            long sum = 0;
            for (Task<Integer> t : tasks) {
                sum += t.join();
            }
            return sum;
        });
    }

    /** One {@code sleep(0)}: a suspension, a trip through the ready queue and a resumption. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public int yieldOnce() {
        return newLoop().run(() -> {
            for (int i = 0; i < OPS; i++) {
                Asyncio.sleep(0);
            }
            return OPS;
        });
    }

    /** One round trip of a value between two tasks through pending futures. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public int futureRoundTrip() {
        return newLoop().run(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            Slots slots = new Slots();
            slots.toB = loop.createFuture();
            Task<Void> b = Asyncio.createTask(() -> {
                for (int i = 0; i < OPS; i++) {
                    int v = slots.toB.await();
                    slots.toB = loop.createFuture();
                    slots.toA.setResult(v);
                }
                return null;
            });
            int last = 0;
            for (int i = 0; i < OPS; i++) {
                slots.toA = loop.createFuture();
                slots.toB.setResult(i);
                last = slots.toA.await();
            }
            b.join();
            return last;
        });
    }

    /** The pending futures of the two directions of a round trip. */
    private static final class Slots {
        Future<Integer> toA;
        Future<Integer> toB;
    }

    /** One {@code callSoon} and the loop running it. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public int callSoon() {
        EventLoop loop = newLoop();
        int[] count = {0};
        for (int i = 0; i < OPS; i++) {
            loop.callSoon(() -> count[0]++);
        }
        loop.callSoon(loop::stop);
        loop.runForever();
        loop.close();
        return count[0];
    }
}
