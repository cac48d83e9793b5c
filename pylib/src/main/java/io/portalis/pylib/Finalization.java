package io.portalis.pylib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What CPython does for objects still alive when the interpreter shuts down: pylib registers here the objects
 * whose finalization a program can observe (a suspended generator, whose {@code close()} runs its
 * {@code finally} blocks), and {@link Traceback#runMain} finalizes them, in the order they were registered, after
 * the program's code has ended.
 *
 * <p>An object unregisters itself once finalizing it would do nothing (a generator that finished).
 */
public final class Finalization {
    private static final Map<Object, Runnable> PENDING = new LinkedHashMap<>();

    private Finalization() {
    }

    /**
     * Registers {@code owner}, to be finalized by {@code finalizer} at the end of the program.
     *
     * @param owner the object (compared by identity)
     * @param finalizer what finalizing it does; an exception it raises is reported as CPython reports an exception
     *     ignored during finalization
     */
    public static synchronized void register(Object owner, Runnable finalizer) {
        PENDING.put(new Identity(owner), finalizer);
    }

    /**
     * Withdraws {@code owner}: it needs no finalization any more.
     *
     * @param owner a registered object, or any other (then nothing happens)
     */
    public static synchronized void unregister(Object owner) {
        PENDING.remove(new Identity(owner));
    }

    /** Finalizes everything registered, including what finalizers register meanwhile, then forgets it. */
    static void runAll() {
        while (true) {
            List<Map.Entry<Object, Runnable>> batch;
            synchronized (Finalization.class) {
                if (PENDING.isEmpty()) {
                    return;
                }
                batch = new ArrayList<>(PENDING.entrySet());
                PENDING.clear();
            }
            for (Map.Entry<Object, Runnable> e : batch) {
                try {
                    e.getValue().run();
                } catch (Throwable t) {
                    PyBaseException p = Py.wrap(t);
                    Sys.stdout.flush();
                    // CPython names the object and the exception; the frames of a finalizer are not the program's
                    Sys.stderr.write("Exception ignored in: " + Py.repr(((Identity) e.getKey()).target) + "\n"
                            + p + "\n");
                }
            }
        }
    }

    /** A map key comparing its target by identity. */
    private record Identity(Object target) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.target == target;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(target);
        }
    }
}
