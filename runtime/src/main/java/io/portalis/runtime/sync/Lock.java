package io.portalis.runtime.sync;

import java.util.ArrayDeque;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.EventLoop;

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
 * A lock serves the tasks of one loop (see {@link LoopBinding}), or of all the worker threads of one multi-thread
 * runtime. Once bound to a current-thread loop it takes no monitor there (only that loop's tasks may use it, as
 * with asyncio's lock); on a multi-thread runtime every operation holds the lock's monitor.
 */
public final class Lock {

    /** Guards the fields below, except on the exclusive loop; never held while a task is suspended. */
    private final Object mu = new Object();
    private final LoopBinding binding = new LoopBinding(this);
    private boolean locked;
    /** Tasks waiting to acquire, oldest first; a woken waiter stays first until it resumes. */
    private ArrayDeque<Waiter<Void>> waiters;

    /** A new, unlocked lock. */
    public Lock() {
    }

    /** True iff the lock is held. */
    public boolean locked() {
        synchronized (mu) {
            return locked;
        }
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
        EventLoop here = binding.exclusiveLoopHere();
        if (here != null) {
            acquireOn(here);
            return;
        }
        Waiter<Void> w;
        synchronized (mu) {
            if (!locked && allCancelled()) {
                locked = true;
                return;
            }
            w = enqueue(binding.loop());
        }
        try {
            w.await();
        } catch (CancelledError e) {
            synchronized (mu) {
                leave(w);
            }
            throw e;
        }
        synchronized (mu) {
            take(w);
        }
    }

    /** {@link #acquire()} on the loop the lock is exclusive to: asyncio's algorithm as it is, without the monitor. */
    private void acquireOn(EventLoop here) {
        if (!locked && allCancelled()) {
            locked = true;
            return;
        }
        Waiter<Void> w = enqueue(here);
        try {
            w.await();
        } catch (CancelledError e) {
            leave(w);
            throw e;
        }
        take(w);
    }

    private Waiter<Void> enqueue(EventLoop loop) {
        if (waiters == null) {
            waiters = new ArrayDeque<>();
        }
        Waiter<Void> w = new Waiter<>(loop);
        waiters.addLast(w);
        return w;
    }

    /** The woken waiter {@code w} takes the lock. */
    private void take(Waiter<Void> w) {
        removeWoken(w);
        locked = true;
    }

    /** The waiter {@code w} of a cancelled task leaves the queue. */
    private void leave(Waiter<Void> w) {
        w.abandon();
        waiters.remove(w);
        // A release may have woken us: hand that wake-up on, or the next waiter sleeps on a free lock.
        if (!locked) {
            wakeUpFirst(false);
        }
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
        if (binding.exclusiveLoopHere() != null) {
            unlock(true);
        } else {
            synchronized (mu) {
                unlock(false);
            }
        }
    }

    private void unlock(boolean exclusive) {
        if (!locked) {
            throw new IllegalStateException("Lock is not acquired.");
        }
        locked = false;
        wakeUpFirst(exclusive);
    }

    /** Removes {@code w}, nearly always the first waiter (FIFO wake-ups), without scanning for it then. */
    private void removeWoken(Waiter<Void> w) {
        if (waiters.peekFirst() == w) {
            waiters.pollFirst();
        } else {
            waiters.remove(w);
        }
    }

    private boolean allCancelled() {
        if (waiters != null) {
            for (Waiter<Void> w : waiters) {
                if (!w.cancelled()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Wakes the first waiter unless it was woken already or cancelled; {@code here}: on its own loop's thread. */
    private void wakeUpFirst(boolean here) {
        Waiter<Void> first = waiters == null ? null : waiters.peekFirst();
        if (first != null && first.wakeable()) {
            if (here) {
                first.wakeHere(null);
            } else {
                first.wake(null);
            }
        }
    }

    @Override
    public String toString() {
        synchronized (mu) {
            int n = waiters == null ? 0 : waiters.size();
            return "<Lock [" + (locked ? "locked" : "unlocked") + (n > 0 ? ", waiters:" + n : "") + "]>";
        }
    }
}
