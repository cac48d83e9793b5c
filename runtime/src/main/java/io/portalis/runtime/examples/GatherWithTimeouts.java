package io.portalis.runtime.examples;

import java.io.PrintStream;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.portalis.runtime.Asyncio;
import io.portalis.runtime.Coroutine;
import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Future;
import io.portalis.runtime.Task;
import io.portalis.runtime.TimeoutError;

/**
 * The asyncio documentation's "gather with timeouts" scenario on the Java API: fetch several (simulated)
 * resources concurrently, each under its own deadline ({@link Asyncio#waitFor}), collecting failures with
 * {@link Asyncio#gatherReturnExceptions}; then fetch a batch in a {@link io.portalis.runtime.TaskGroup} under one
 * deadline ({@link Asyncio#timeout}). It prints exactly what its Python twin, {@code example_gather_timeouts.py}
 * in the runtime's differential tests, prints under CPython.
 *
 * <p>Run it from the repository root with {@code ./mvnj -q -pl runtime compile exec:exec@example}.
 */
public final class GatherWithTimeouts {

    private record Resource(String name, double latency, String error) {
    }

    private static final List<Resource> RESOURCES = List.of(
            new Resource("alpha", 0.05, null), new Resource("beta", 0.30, null),
            new Resource("gamma", 0.10, "connection reset"), new Resource("delta", 0.02, null),
            new Resource("epsilon", 0.50, null));

    private final PrintStream out;

    private GatherWithTimeouts(PrintStream out) {
        this.out = out;
    }

    /** Runs the example on a new event loop, printing to standard output. */
    public static void main(String[] args) {
        run(EventLoop.newEventLoop(), System.out);
    }

    /** Runs the example on {@code loop} (which it closes), printing to {@code out}. */
    public static void run(EventLoop loop, PrintStream out) {
        loop.run(new GatherWithTimeouts(out)::main);
    }

    private static String fetch(Resource r) throws ConnectException {
        Asyncio.sleep(r.latency());
        if (r.error() != null) {
            throw new ConnectException(r.name() + ": " + r.error());
        }
        return r.name() + ": " + r.name().length() * 100 + " bytes";
    }

    private static String fetchWithTimeout(Resource r, double timeout) {
        try {
            return Asyncio.waitFor(() -> fetch(r), timeout);
        } catch (TimeoutError e) {
            return r.name() + ": timed out after " + timeout + "s";
        }
    }

    private Void main() {
        EventLoop loop = Asyncio.getRunningLoop();
        double start = loop.time();
        List<Future<String>> fetches = new ArrayList<>();
        for (Resource r : RESOURCES) {
            Coroutine<String> fetch = () -> fetchWithTimeout(r, 0.2);
            fetches.add(Asyncio.createTask(fetch));
        }
        for (Object result : Asyncio.gatherReturnExceptions(fetches)) {
            if (result instanceof Exception e) {
                out.println("failed: " + e.getMessage());
            } else {
                out.println("fetched: " + result);
            }
        }
        out.println(String.format(Locale.ROOT, "first batch took %.1fs", loop.time() - start));

        double batchStart = loop.time();
        List<String> done = new ArrayList<>();
        try {
            Asyncio.timeout(0.12, deadline -> Asyncio.taskGroup(group -> {
                for (Resource r : RESOURCES) {
                    if (!r.name().equals("gamma")) {
                        Task<String> t = group.createTask(() -> fetch(r));
                        t.addDoneCallback(f -> {
                            if (!f.cancelled()) {
                                done.add(f.result());
                            }
                        });
                    }
                }
                return null;
            }));
        } catch (TimeoutError e) {
            out.println(String.format(Locale.ROOT, "second batch: deadline hit after %.1fs with %d of 4 done:",
                    loop.time() - batchStart, done.size()));
        }
        for (String r : done) {
            out.println("   " + r);
        }
        return null;
    }
}
