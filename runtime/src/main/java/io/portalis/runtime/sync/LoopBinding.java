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
            loop = running;
        } else if (bound != running) {
            Object group = GROUPS.get(running);
            if (group == null || group != GROUPS.get(bound)) {
                throw new IllegalStateException(owner + " is bound to a different event loop");
            }
        }
        return running;
    }
}
