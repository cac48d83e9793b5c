package io.portalis.runtime;

/**
 * A coroutine engine: runs a body that can suspend itself and be resumed later, always driven from the loop.
 *
 * <p>The loop is the only caller of {@link Fiber#resume()}; the body is the only caller of {@link Fiber#suspend()}.
 * Exactly one of the loop and one fiber runs at any time, so engines need no further synchronisation with the loop.
 * Only engines touch JVM-specific machinery; everything above them is portable.
 */
interface Engine {

    /** The engine's name as users select it: {@code continuation} or {@code virtual-thread}. */
    String name();

    /** Creates a fiber that will run {@code body} at its first {@link Fiber#resume()}. */
    Fiber newFiber(EventLoop loop, Runnable body);

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
