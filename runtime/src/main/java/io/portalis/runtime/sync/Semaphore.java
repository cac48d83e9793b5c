package io.portalis.runtime.sync;

import java.util.ArrayDeque;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.Future;

/**
 * A counter of permits for tasks (asyncio's {@code Semaphore}): {@link #acquire()} takes one, suspending while none
 * is left, and {@link #release()} returns one. Waiters are served in the order they started waiting.
 *
 * <p>A release hands its permit to the first waiter that is not done (the count goes up and straight down again),
 * so a newcomer cannot overtake it. Every method must be called on the thread of the loop the semaphore is bound
 * to (see {@link LoopBinding}).
 */
public class Semaphore {

    private final LoopBinding binding = new LoopBinding(this);
    /** Free permits; never negative. */
    int value;
    private ArrayDeque<Future<Boolean>> waiters;

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
        return value;
    }

    /** True iff {@link #acquire()} would suspend: no permit is free, or a task that is not cancelled waits. */
    public boolean locked() {
        if (value == 0) {
            return true;
        }
        if (waiters != null) {
            for (Future<Boolean> w : waiters) {
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
        if (!locked()) {
            value--;
            return;
        }
        if (waiters == null) {
            waiters = new ArrayDeque<>();
        }
        Future<Boolean> fut = binding.loop().createFuture();
        waiters.addLast(fut);
        try {
            try {
                fut.await();
            } finally {
                waiters.removeFirstOccurrence(fut);
            }
        } catch (CancelledError e) {
            if (!fut.cancelled()) {
                // The permit was handed to us before the cancellation arrived: pass it on.
                value++;
                wakeUpNext();
            }
            throw e;
        }
        if (value > 0) {
            wakeUpNext();
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
        value++;
        wakeUpNext();
    }

    private void wakeUpNext() {
        if (waiters == null) {
            return;
        }
        for (Future<Boolean> fut : waiters) {
            if (!fut.done()) {
                value--;
                fut.setResult(true);
                return;
            }
        }
    }

    @Override
    public String toString() {
        int n = waiters == null ? 0 : waiters.size();
        return "<" + getClass().getSimpleName() + " [" + (locked() ? "locked" : "unlocked, value:" + value)
                + (n > 0 ? ", waiters:" + n : "") + "]>";
    }
}
