package io.portalis.runtime.sync;

import java.util.ArrayDeque;

import io.portalis.runtime.CancelledError;

/**
 * A counter of permits for tasks (asyncio's {@code Semaphore}): {@link #acquire()} takes one, suspending while none
 * is left, and {@link #release()} returns one. Waiters are served in the order they started waiting.
 *
 * <p>A release hands its permit to the first waiter that is not done (the count goes up and straight down again),
 * so a newcomer cannot overtake it. A semaphore serves the tasks of one loop (see {@link LoopBinding}), or of all
 * the worker threads of one multi-thread runtime; {@link #release()} may be called from any thread.
 */
public class Semaphore {

    /** Guards the fields below; never held while a task is suspended. */
    final Object mu = new Object();
    private final LoopBinding binding = new LoopBinding(this);
    /** Free permits; never negative. */
    int value;
    private ArrayDeque<Waiter<Void>> waiters;

    /**
     * A semaphore with {@code value} permits.
     *
     * @throws IllegalArgumentException "Semaphore initial value must be >= 0" if {@code value} is negative
     */
    public Semaphore(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("Semaphore initial value must be >= 0");
        }
        this.value = value;
    }

    /** A semaphore with one permit. */
    public Semaphore() {
        this(1);
    }

    /** The number of free permits. */
    public int value() {
        synchronized (mu) {
            return value;
        }
    }

    /** True iff {@link #acquire()} would suspend: no permit is free, or a task that is not cancelled waits. */
    public boolean locked() {
        synchronized (mu) {
            return isLocked();
        }
    }

    private boolean isLocked() {
        if (value == 0) {
            return true;
        }
        if (waiters != null) {
            for (Waiter<Void> w : waiters) {
                if (!w.cancelled()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Takes a permit, suspending the current task until one is handed to it if none is free (or others wait).
     *
     * <p>Cancellation: throws {@link CancelledError} holding no permit; a permit that had already been handed to
     * this task is given back and passed to the next waiter.
     *
     * @throws IllegalStateException outside a task, or on a loop other than the semaphore's
     */
    public void acquire() {
        Waiter<Void> w;
        synchronized (mu) {
            if (!isLocked()) {
                value--;
                return;
            }
            if (waiters == null) {
                waiters = new ArrayDeque<>();
            }
            w = new Waiter<>(binding.loop());
            waiters.addLast(w);
        }
        try {
            w.await();
        } catch (CancelledError e) {
            synchronized (mu) {
                w.abandon();
                waiters.remove(w);
                if (w.woken()) {
                    // The permit was handed to us before the cancellation arrived: pass it on.
                    value++;
                    wakeUpNext();
                }
            }
            throw e;
        }
        synchronized (mu) {
            waiters.remove(w);
            if (value > 0) {
                wakeUpNext();
            }
        }
    }

    /**
     * Takes a permit if {@link #acquire()} would not suspend; never suspends. An extension: asyncio has no
     * non-blocking acquire.
     *
     * @return true iff a permit was taken
     */
    public boolean tryAcquire() {
        synchronized (mu) {
            if (isLocked()) {
                return false;
            }
            value--;
            return true;
        }
    }

    /**
     * Takes a permit as {@link #acquire()} does and returns a handle whose {@code close()} releases it.
     *
     * <p>Cancellation: as {@link #acquire()}: no permit is held and nothing is to be closed.
     */
    public Held acquired() {
        acquire();
        return this::release;
    }

    /** Returns a permit, handing it to the first waiting task if there is one. */
    public void release() {
        synchronized (mu) {
            value++;
            wakeUpNext();
        }
    }

    private void wakeUpNext() {
        if (waiters == null) {
            return;
        }
        for (Waiter<Void> w : waiters) {
            if (w.wakeable()) {
                value--;
                w.wake(null);
                return;
            }
        }
    }

    @Override
    public String toString() {
        synchronized (mu) {
            int n = waiters == null ? 0 : waiters.size();
            return "<" + getClass().getSimpleName() + " [" + (isLocked() ? "locked" : "unlocked, value:" + value)
                    + (n > 0 ? ", waiters:" + n : "") + "]>";
        }
    }
}
