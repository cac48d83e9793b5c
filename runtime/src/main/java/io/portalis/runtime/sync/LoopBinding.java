package io.portalis.runtime.sync;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.portalis.runtime.EventLoop;

/**
 * The event loop a synchronisation primitive belongs to, fixed the first time the primitive has to suspend a task
 * (asyncio's {@code _LoopBoundMixin}): a primitive may be created anywhere, even before any loop runs, but may only
 * ever suspend tasks of one loop, or of the loops of one multi-thread runtime (which runs one loop per worker
 * thread and declares them with {@link #shareAmong}). The queues and channels use it too.
 */
public final class LoopBinding {

    /** Loops that belong to a multi-thread runtime, mapped to that runtime. */
    private static final Map<EventLoop, Object> GROUPS = new ConcurrentHashMap<>();

    private final Object owner;
    private volatile EventLoop loop;
    /**
     * True iff {@link #loop} is a current-thread loop (no multi-thread runtime shares it): then only that loop's
     * thread may touch the owner, which can skip its own locking there (see {@link #exclusiveLoopHere()}).
     */
    private volatile boolean exclusive;

    /** A binding for {@code owner}, whose {@code toString} names it in errors. */
    public LoopBinding(Object owner) {
        this.owner = owner;
    }

    /**
     * Declares that {@code loop} is one of the worker loops of {@code runtime}: a primitive bound to any of that
     * runtime's loops accepts waiters from all of them. For runtimes only.
     */
    public static void shareAmong(Object runtime, EventLoop loop) {
        GROUPS.put(loop, runtime);
    }

    /** Forgets a loop declared with {@link #shareAmong}, when its runtime shuts down. */
    public static void unshare(EventLoop loop) {
        GROUPS.remove(loop);
    }

    /**
     * The running loop, which becomes (or must already be) the owner's loop, or a loop of the same multi-thread
     * runtime.
     *
     * @throws IllegalStateException if no loop runs on this thread, or if the owner is bound to another loop
     */
    public EventLoop loop() {
        EventLoop running = EventLoop.running();
        EventLoop bound = loop;
        if (bound == null) {
            // Two threads binding at once can only be two loops of one runtime (else one fails later): benign.
            // exclusive is written first, so whoever sees the loop sees its kind.
            exclusive = !GROUPS.containsKey(running);
            loop = running;
        } else if (bound != running) {
            Object group = GROUPS.get(running);
            if (group == null || group != GROUPS.get(bound)) {
                throw new IllegalStateException(owner + " is bound to a different event loop");
            }
        }
        return running;
    }

    /**
     * The owner's loop if it is a current-thread loop and this thread runs it, else null. asyncio's primitives are
     * not thread-safe and serve one loop; a primitive in that situation may act as they do, without locking, since
     * every task that may touch it runs on this thread. Null before the binding, on the loops of a multi-thread
     * runtime, and on any other thread.
     */
    public EventLoop exclusiveLoopHere() {
        EventLoop bound = loop;
        if (bound == null || !exclusive) {
            return null;
        }
        return EventLoop.runningOrNull() == bound ? bound : null;
    }
}
