package io.portalis.runtime.sync;

import java.util.ArrayDeque;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.Future;

/**
 * A mutual-exclusion lock for tasks (asyncio's {@code Lock}): not owned by a task, not reentrant, and fair: tasks
 * acquire it in the order they started waiting.
 *
 * <p>A release does not hand the lock over; it wakes the first waiter, which takes the lock when it resumes. Until
 * then nobody else can take it, because a newcomer queues behind any waiter that is not cancelled. If the woken
 * waiter is cancelled before it resumes, it passes the wake-up on to the next waiter, so a cancellation never
 * leaves the lock free with tasks still waiting for it.
 *
 * <p>Use it with try/finally or try-with-resources:
 * <pre>{@code
 * try (var held = lock.acquired()) {
 *     ... // at most one task runs here at a time
 * }
 * }</pre>
 * Every method must be called on the thread of the loop the lock is bound to (see {@link LoopBinding}).
 */
public final class Lock {

    private final LoopBinding binding = new LoopBinding(this);
    private boolean locked;
    /** Tasks waiting to acquire, oldest first; created on first contention. */
    private ArrayDeque<Future<Boolean>> waiters;

    /** A new, unlocked lock. */
    public Lock() {
    }

    /** True iff the lock is held. */
    public boolean locked() {
        return locked;
    }

    /**
     * Acquires the lock, suspending the current task while another holds it or earlier tasks wait for it.
     * Does not suspend when the lock is free and nobody waits.
     *
     * <p>Cancellation: throws {@link CancelledError} without holding the lock; if this task had already been woken
     * to take the lock, the wake-up passes to the next waiter.
     *
     * @throws IllegalStateException outside a task, or on a loop other than the lock's
     */
    public void acquire() {
        if (!locked && allCancelled()) {
            locked = true;
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
            // A release may have woken us: hand that wake-up on, or the next waiter sleeps on a free lock.
            if (!locked) {
                wakeUpFirst();
            }
            throw e;
        }
        locked = true;
    }

    /**
     * Acquires the lock as {@link #acquire()} does and returns a handle whose {@code close()} releases it, for
     * try-with-resources (Python's {@code async with lock}).
     *
     * <p>Cancellation: as {@link #acquire()}; the lock is not held and nothing is to be closed.
     */
    public Held acquired() {
        acquire();
        return this::release;
    }

    /**
     * Releases the lock and wakes the first waiter, if any. Any task may release it, not only the one that
     * acquired it.
     *
     * @throws IllegalStateException "Lock is not acquired." if it is not held
     */
    public void release() {
        if (!locked) {
            throw new IllegalStateException("Lock is not acquired.");
        }
        locked = false;
        wakeUpFirst();
    }

    private boolean allCancelled() {
        if (waiters == null) {
            return true;
        }
        for (Future<Boolean> w : waiters) {
            if (!w.cancelled()) {
                return false;
            }
        }
        return true;
    }

    private void wakeUpFirst() {
        if (waiters == null || waiters.isEmpty()) {
            return;
        }
        Future<Boolean> first = waiters.peekFirst();
        if (!first.done()) {
            first.setResult(true);
        }
    }

    @Override
    public String toString() {
        int n = waiters == null ? 0 : waiters.size();
        return "<Lock [" + (locked ? "locked" : "unlocked") + (n > 0 ? ", waiters:" + n : "") + "]>";
    }
}
