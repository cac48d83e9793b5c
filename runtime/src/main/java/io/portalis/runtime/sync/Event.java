package io.portalis.runtime.sync;

import java.util.ArrayDeque;

import io.portalis.runtime.CancelledError;

/**
 * A level-triggered flag tasks can wait for (asyncio's {@code Event}): {@link #set()} wakes every waiting task and
 * lets every later {@link #await()} return at once, until {@link #clear()}.
 *
 * <p>An event serves the tasks of one loop (see {@link LoopBinding}), or of all the worker threads of one
 * multi-thread runtime; {@link #set()} and {@link #clear()} may be called from any thread.
 */
public final class Event {

    private final Object mu = new Object();
    private final LoopBinding binding = new LoopBinding(this);
    private volatile boolean value;
    private final ArrayDeque<Waiter<Void>> waiters = new ArrayDeque<>();

    /** A new event, not set. */
    public Event() {
    }

    /** True iff the flag is set. */
    public boolean isSet() {
        return value;
    }

    /** Sets the flag and wakes every task waiting for it; does nothing if it is already set. */
    public void set() {
        synchronized (mu) {
            if (!value) {
                value = true;
                for (Waiter<Void> w : waiters) {
                    if (w.wakeable()) {
                        w.wake(null);
                    }
                }
            }
        }
    }

    /** Clears the flag: later waiters suspend until the next {@link #set()}. Tasks already woken stay woken. */
    public void clear() {
        synchronized (mu) {
            value = false;
        }
    }

    /**
     * Returns at once if the flag is set; otherwise suspends the current task until {@link #set()} is called
     * (asyncio's {@code wait}). A task woken by a set returns even if the flag was cleared again meanwhile.
     *
     * <p>Cancellation: throws {@link CancelledError}; the event is unchanged and no other waiter is affected.
     *
     * @throws IllegalStateException outside a task, or on a loop other than the event's
     */
    public void await() {
        if (value) {
            return;
        }
        Waiter<Void> w;
        synchronized (mu) {
            if (value) {
                return;
            }
            w = new Waiter<>(binding.loop());
            waiters.addLast(w);
        }
        try {
            w.await();
        } catch (CancelledError e) {
            synchronized (mu) {
                w.abandon();
            }
            throw e;
        } finally {
            synchronized (mu) {
                waiters.remove(w);
            }
        }
    }

    @Override
    public String toString() {
        synchronized (mu) {
            return "<Event [" + (value ? "set" : "unset")
                    + (waiters.isEmpty() ? "" : ", waiters:" + waiters.size()) + "]>";
        }
    }
}
