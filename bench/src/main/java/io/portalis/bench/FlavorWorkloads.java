package io.portalis.bench;

import java.util.ArrayList;
import java.util.List;

import io.portalis.runtime.Asyncio;
import io.portalis.runtime.Clock;
import io.portalis.runtime.Coroutine;
import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Task;
import io.portalis.runtime.channel.Mpsc;
import io.portalis.runtime.multithread.JoinHandle;
import io.portalis.runtime.multithread.MultiThreadRuntime;
import io.portalis.runtime.sync.Lock;

/**
 * The workloads of shared/bench/WORKLOADS.md that run on either flavour of the runtime: spawn, pingpong, throughput,
 * fanin and lock. The same code runs on both; only where a task is started differs: on the current-thread flavour
 * with {@link Asyncio#createTask} on the one loop, on the multi-thread flavour with {@link MultiThreadRuntime#spawn},
 * which spreads tasks over one worker per processor. Each method runs one repetition on a fresh runtime and returns
 * its metric; it throws if the workload's correctness check fails.
 */
final class FlavorWorkloads {

    static final int THROUGHPUT_N = 2_000_000;
    static final int FANIN_PRODUCERS = 4;
    static final int FANIN_PER_PRODUCER = 500_000;
    static final int CHANNEL_CAPACITY = 1024;
    static final int LOCK_TASKS = 1000;
    static final int LOCK_ITERATIONS = 100;

    /** Where tasks run: {@code current-thread} or {@code multi-thread}. */
    enum Flavor {
        CURRENT_THREAD("current-thread", "ct"), MULTI_THREAD("multi-thread", "mt");

        final String option;
        final String suffix;

        Flavor(String option, String suffix) {
            this.option = option;
            this.suffix = suffix;
        }

        static Flavor of(String option) {
            for (Flavor f : values()) {
                if (f.option.equals(option)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown flavor '" + option + "' (current-thread or multi-thread)");
        }
    }

    /** A started task, joined the same way on both flavours. */
    @FunctionalInterface
    interface Started<T> {
        T join();
    }

    private final Flavor flavor;
    private final String engine;

    FlavorWorkloads(Flavor flavor, String engine) {
        this.flavor = flavor;
        this.engine = engine;
    }

    private <T> T run(Coroutine<T> main) {
        if (flavor == Flavor.CURRENT_THREAD) {
            return EventLoop.newEventLoop(Clock.system(), engine).run(main);
        }
        try (MultiThreadRuntime rt = MultiThreadRuntime.start(Runtime.getRuntime().availableProcessors(), engine)) {
            return rt.blockOn(main);
        }
    }

    private <T> Started<T> start(Coroutine<T> body) {
        if (flavor == Flavor.CURRENT_THREAD) {
            Task<T> t = Asyncio.createTask(body);
            return t::join;
        }
        JoinHandle<T> h = MultiThreadRuntime.current().spawn(body);
        return h::join;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("check failed: " + what);
        }
    }

    /** N tasks each returning its index, joined in order; nanoseconds per task. */
    double spawn(int n) {
        long elapsed = run(() -> {
            long t0 = System.nanoTime();
            List<Started<Integer>> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                tasks.add(start(() -> index));
            }
            long sum = 0;
            for (Started<Integer> t : tasks) {
                sum += t.join();
            }
            check(sum == (long) n * (n - 1) / 2, "spawn sum");
            return System.nanoTime() - t0;
        });
        return (double) elapsed / n;
    }

    /** R round trips of an integer between two tasks over two mpsc channels of capacity 1; ns per round trip. */
    double pingpong(int r) {
        long elapsed = run(() -> {
            Mpsc.Channel<Integer> there = Mpsc.bounded(1);
            Mpsc.Channel<Integer> back = Mpsc.bounded(1);
            long t0 = System.nanoTime();
            Started<Void> a = start(() -> {
                for (int i = 0; i < r; i++) {
                    there.sender().send(i);
                    check(back.receiver().recv() == i, "pingpong echo");
                }
                return null;
            });
            Started<Void> b = start(() -> {
                for (int i = 0; i < r; i++) {
                    back.sender().send(there.receiver().recv());
                }
                return null;
            });
            a.join();
            b.join();
            return System.nanoTime() - t0;
        });
        return (double) elapsed / r;
    }

    /** {@code producers} tasks each send {@code perProducer} integers into one bounded channel; messages per second. */
    double fanIn(int producers, int perProducer) {
        long total = (long) producers * perProducer;
        long elapsed = run(() -> {
            Mpsc.Channel<Integer> ch = Mpsc.bounded(CHANNEL_CAPACITY);
            long t0 = System.nanoTime();
            List<Started<Void>> ps = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                Mpsc.Sender<Integer> tx = p == 0 ? ch.sender() : ch.sender().clone();
                ps.add(start(() -> {
                    for (int i = 0; i < perProducer; i++) {
                        tx.send(i);
                    }
                    tx.close();
                    return null;
                }));
            }
            Started<Long> consumer = start(() -> {
                long sum = 0;
                for (int m : ch.receiver()) {
                    sum += m;
                }
                return sum;
            });
            long sum = consumer.join();
            for (Started<Void> p : ps) {
                p.join();
            }
            check(sum == producers * ((long) perProducer * (perProducer - 1) / 2), "channel sum");
            return System.nanoTime() - t0;
        });
        return total / (elapsed / 1e9);
    }

    /** Tasks × iterations of: acquire one lock, read the counter, yield once, write it plus one, release; ns each. */
    double lock(int tasks, int iterations) {
        long elapsed = run(() -> {
            Lock lock = new Lock();
            int[] counter = {0};
            long t0 = System.nanoTime();
            List<Started<Void>> ts = new ArrayList<>(tasks);
            for (int t = 0; t < tasks; t++) {
                ts.add(start(() -> {
                    for (int i = 0; i < iterations; i++) {
                        lock.acquire();
                        try {
                            int c = counter[0];
                            Asyncio.sleep(0);
                            counter[0] = c + 1;
                        } finally {
                            lock.release();
                        }
                    }
                    return null;
                }));
            }
            for (Started<Void> t : ts) {
                t.join();
            }
            check(counter[0] == tasks * iterations, "lock counter");
            return System.nanoTime() - t0;
        });
        return (double) elapsed / ((long) tasks * iterations);
    }
}
