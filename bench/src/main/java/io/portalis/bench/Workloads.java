package io.portalis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.portalis.runtime.Asyncio;
import io.portalis.runtime.Clock;
import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Future;
import io.portalis.runtime.Task;

/**
 * The workloads of shared/bench/WORKLOADS.md, printing one JSON line per metric:
 * {@code Workloads [--engine continuation|virtual-thread] [--flavor current-thread|multi-thread] WORKLOAD...}.
 * spawn, pingpong, throughput, fanin and lock run on either flavour ({@link FlavorWorkloads}); sleepers and
 * idle_memory on the current-thread one. Each workload runs {@value #WARMUP}
 * untimed warm-up repetitions, then {@value #REPS} timed ones, each on a fresh event loop; the median is reported
 * (the timed values are kept in {@code samples}).
 */
public final class Workloads {

    static final int WARMUP = 3;
    static final int REPS = 5;

    static final int SPAWN_N = 200_000;
    static final int PINGPONG_R = 200_000;
    static final int SLEEPERS_N = 100_000;
    static final double SLEEP_S = 0.1;
    static final int IDLE_N = 100_000;

    private final String engine;
    private final FlavorWorkloads.Flavor flavor;
    private final FlavorWorkloads flavored;

    Workloads(String engine) {
        this(engine, FlavorWorkloads.Flavor.CURRENT_THREAD);
    }

    Workloads(String engine, FlavorWorkloads.Flavor flavor) {
        this.engine = engine;
        this.flavor = flavor;
        this.flavored = new FlavorWorkloads(flavor, engine);
    }

    /**
     * Runs the named workloads.
     *
     * @param args {@code [--engine continuation|virtual-thread] [--flavor current-thread|multi-thread] WORKLOAD...}
     *     with WORKLOAD among spawn, pingpong, throughput, fanin, lock, sleepers, idle_memory
     */
    public static void main(String[] args) {
        String engine = "continuation";
        FlavorWorkloads.Flavor flavor = FlavorWorkloads.Flavor.CURRENT_THREAD;
        List<String> workloads = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--engine") && i + 1 < args.length) {
                engine = args[++i];
            } else if (args[i].equals("--flavor") && i + 1 < args.length) {
                flavor = FlavorWorkloads.Flavor.of(args[++i]);
            } else {
                workloads.add(args[i]);
            }
        }
        if (workloads.isEmpty()) {
            System.err.println("usage: Workloads [--engine continuation|virtual-thread] "
                    + "[--flavor current-thread|multi-thread] "
                    + "spawn|pingpong|throughput|fanin|lock|sleepers|idle_memory...");
            System.exit(2);
        }
        Workloads w = new Workloads(engine, flavor);
        boolean ok = true;
        for (String name : workloads) {
            ok &= w.run(name);
        }
        System.exit(ok ? 0 : 1);
    }

    private String impl() {
        return "portalis-" + flavor.suffix + (engine.equals("continuation") ? "" : "-vthread");
    }

    private EventLoop newLoop() {
        return EventLoop.newEventLoop(Clock.system(), engine);
    }

    @FunctionalInterface
    interface Rep {
        double[] run();
    }

    private boolean run(String name) {
        return switch (name) {
            case "spawn" -> measure(name, SPAWN_N, new String[] {"ns_per_task"}, new String[] {"ns"},
                    () -> flavor == FlavorWorkloads.Flavor.CURRENT_THREAD ? spawn(SPAWN_N)
                            : new double[] {flavored.spawn(SPAWN_N)});
            case "pingpong" -> measure(name, PINGPONG_R, new String[] {"ns_per_roundtrip"}, new String[] {"ns"},
                    () -> pingpong(PINGPONG_R));
            case "throughput" -> measure(name, FlavorWorkloads.THROUGHPUT_N, new String[] {"msgs_per_s"},
                    new String[] {"1/s"}, () -> new double[] {flavored.fanIn(1, FlavorWorkloads.THROUGHPUT_N)});
            case "fanin" -> measure(name, (long) FlavorWorkloads.FANIN_PRODUCERS * FlavorWorkloads.FANIN_PER_PRODUCER,
                    new String[] {"msgs_per_s"}, new String[] {"1/s"}, () -> new double[] {
                        flavored.fanIn(FlavorWorkloads.FANIN_PRODUCERS, FlavorWorkloads.FANIN_PER_PRODUCER)});
            case "lock" -> measure(name, (long) FlavorWorkloads.LOCK_TASKS * FlavorWorkloads.LOCK_ITERATIONS,
                    new String[] {"ns_per_acquire"}, new String[] {"ns"},
                    () -> new double[] {flavored.lock(FlavorWorkloads.LOCK_TASKS, FlavorWorkloads.LOCK_ITERATIONS)});
            case "sleepers", "idle_memory" -> {
                if (flavor != FlavorWorkloads.Flavor.CURRENT_THREAD) {
                    System.err.println(name + " runs on the current-thread flavour only");
                    yield false;
                }
                yield runCurrentThreadOnly(name);
            }
            default -> {
                System.err.println("unknown workload '" + name
                        + "' (spawn, pingpong, throughput, fanin, lock, sleepers, idle_memory)");
                yield false;
            }
        };
    }

    private boolean runCurrentThreadOnly(String name) {
        return switch (name) {
            case "sleepers" -> measure(name, SLEEPERS_N,
                    new String[] {"wall_ms", "late_p50_ms", "late_p99_ms", "late_max_ms"},
                    new String[] {"ms", "ms", "ms", "ms"}, () -> sleepers(SLEEPERS_N));
            case "idle_memory" -> measure(name, IDLE_N, new String[] {"bytes_per_task_rss", "bytes_per_task_heap"},
                    new String[] {"B", "B"}, () -> idleMemory(IDLE_N));
            default -> throw new IllegalArgumentException(name);
        };
    }

    private boolean measure(String workload, long n, String[] metrics, String[] units, Rep rep) {
        System.err.printf(Locale.ROOT, "# %s %s: java %s, cpus=%d, warmup=%d, reps=%d%n", impl(), workload,
                Runtime.version(), Runtime.getRuntime().availableProcessors(), WARMUP, REPS);
        List<double[]> samples = new ArrayList<>();
        try {
            for (int i = 0; i < WARMUP; i++) {
                System.err.println("  warmup " + i + ": " + Arrays.toString(rep.run()));
            }
            for (int i = 0; i < REPS; i++) {
                double[] v = rep.run();
                System.err.println("  rep    " + i + ": " + Arrays.toString(v));
                samples.add(v);
            }
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            for (int m = 0; m < metrics.length; m++) {
                System.out.println(json(workload, n, metrics[m], null, units[m], null));
            }
            return false;
        }
        for (int m = 0; m < metrics.length; m++) {
            double[] column = new double[samples.size()];
            for (int i = 0; i < column.length; i++) {
                column[i] = samples.get(i)[m];
            }
            System.out.println(json(workload, n, metrics[m], median(column), units[m], column));
        }
        System.out.flush();
        return true;
    }

    private String json(String workload, long n, String metric, Double value, String unit, double[] samples) {
        StringBuilder s = new StringBuilder();
        s.append("{\"impl\": \"").append(impl()).append("\", \"workload\": \"").append(workload)
                .append("\", \"n\": ").append(n).append(", \"metric\": \"").append(metric)
                .append("\", \"value\": ").append(value == null ? "null" : number(value))
                .append(", \"unit\": \"").append(unit).append('"');
        if (samples != null) {
            s.append(", \"samples\": [");
            for (int i = 0; i < samples.length; i++) {
                s.append(i > 0 ? ", " : "").append(number(samples[i]));
            }
            s.append(']');
        }
        return s.append('}').toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%.1f" : "%.3f", v);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int k = s.length;
        return k % 2 == 1 ? s[k / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("check failed: " + what);
        }
    }

    // ---------------------------------------------------------------- workloads

    /** Spawns N tasks, each returning its index, then joins each handle and checks the sum. */
    double[] spawn(int n) {
        long[] elapsed = new long[1];
        long sum = newLoop().run(() -> {
            long t0 = System.nanoTime();
            List<Task<Integer>> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                tasks.add(Asyncio.createTask(() -> index));
            }
            long s = 0;
            for (Task<Integer> t : tasks) {
                s += t.join();
            }
            elapsed[0] = System.nanoTime() - t0;
            return s;
        });
        check(sum == (long) n * (n - 1) / 2, "spawn sum");
        return new double[] {(double) elapsed[0] / n};
    }

    /** Two tasks hand an integer back and forth over two mpsc channels of capacity 1, R round trips. */
    double[] pingpong(int r) {
        return new double[] {flavored.pingpong(r)};
    }

    /** N tasks started together each sleep 100 ms once and record how late they woke. */
    double[] sleepers(int n) {
        long sleepNs = (long) (SLEEP_S * 1e9);
        long[] late = new long[n];
        long wall = newLoop().run(() -> {
            long t0 = System.nanoTime();
            List<Task<Void>> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                tasks.add(Asyncio.createTask(() -> {
                    long deadline = System.nanoTime() + sleepNs;
                    Asyncio.sleep(SLEEP_S);
                    late[index] = System.nanoTime() - deadline;
                    return null;
                }));
            }
            for (Task<Void> t : tasks) {
                t.join();
            }
            return System.nanoTime() - t0;
        });
        long[] sorted = late.clone();
        Arrays.sort(sorted);
        return new double[] {wall / 1e6, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6,
                sorted[n - 1] / 1e6};
    }

    private static long percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /**
     * N tasks suspended on one shared event (a future): growth of the resident set and of the live heap after a
     * full GC, per task (in a warmed-up JVM the resident set barely moves: the heap reuses its pages).
     */
    double[] idleMemory(int n) {
        double[] perTask = new double[2];
        newLoop().run(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            Future<Void> event = loop.createFuture();
            long before = usedHeapAfterGc();
            long rssBefore = rssBytes();
            List<Task<Void>> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                tasks.add(Asyncio.createTask(event::await));
            }
            Asyncio.sleep(0); // every task has now run its first step and is suspended on the event
            long after = usedHeapAfterGc();
            perTask[0] = (double) (rssBytes() - rssBefore) / n;
            perTask[1] = (double) (after - before) / n;
            event.setResult(null);
            for (Task<Void> t : tasks) {
                t.join();
            }
            return null;
        });
        return perTask;
    }

    /** VmRSS of this process, from /proc/self/status (Linux). */
    private static long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
