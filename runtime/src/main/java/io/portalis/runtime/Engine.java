package io.portalis.runtime;

/**
 * A coroutine engine: runs a body that can suspend itself and be resumed later, always driven from the loop.
 *
 * <p>The loop is the only caller of {@link Fiber#resume()}; the body is the only caller of {@link Fiber#suspend()}.
 * Exactly one of the loop and one fiber runs at any time, so engines need no further synchronisation with the loop.
 * Only engines touch JVM-specific machinery; everything above them is portable.
 *
 * <p>A fiber is not tied to the thread that created it: a multi-thread runtime may resume it from any worker
 * thread, as long as two resumptions never overlap (a continuation mounts on whichever thread calls
 * {@code resume}; a thread fiber hands control to whichever thread resumed it).
 */
interface Engine {

    /** The engine's name as users select it: {@code continuation} or {@code virtual-thread}. */
    String name();

    /** Creates a fiber that will run {@code body} at its first {@link Fiber#resume()}. */
    Fiber newFiber(EventLoop loop, Runnable body);

    /**
     * Runs the loop's {@code body} (its iterations until it stops) on the thread best suited to drive this
     * engine's fibers, and returns when it has finished, rethrowing what it throws. By default, the calling thread.
     */
    default void drive(Runnable body) {
        body.run();
    }

    /** One suspendable computation. */
    interface Fiber {
        /** Runs the body until it suspends or ends; called only by the loop. */
        void resume();

        /** Suspends the running body until the next {@link #resume()}; called only from inside the body. */
        void suspend();

        /** True iff the body has ended (normally or not). */
        boolean isDone();
    }
}
