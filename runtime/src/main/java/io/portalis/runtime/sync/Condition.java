package io.portalis.runtime.sync;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import io.portalis.runtime.CancelledError;

/**
 * A condition variable for tasks (asyncio's {@code Condition}): tasks holding its lock wait until another task
 * signals them. asyncio's {@code wait}, {@code notify} and {@code notify_all} are {@link #await()},
 * {@link #signal(int)} and {@link #signalAll()} here, as in {@code java.util.concurrent.locks.Condition}, because
 * {@code Object} already owns {@code wait} and {@code notify}.
 *
 * <p>A condition serves the tasks of one loop (see {@link LoopBinding}), or of all the worker threads of one
 * multi-thread runtime.
 */
public final class Condition {

    /** Guards {@link #waiters}; never held while a task is suspended. */
    private final Object mu = new Object();
    private final LoopBinding binding = new LoopBinding(this);
    private final Lock lock;
    private final ArrayDeque<Waiter<Void>> waiters = new ArrayDeque<>();

    /** A condition with a new lock of its own. */
    public Condition() {
        this(new Lock());
    }

    /** A condition over {@code lock}, which other conditions may share. */
    public Condition(Lock lock) {
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    /** True iff the underlying lock is held. */
    public boolean locked() {
        return lock.locked();
    }

    /**
     * Acquires the underlying lock; see {@link Lock#acquire()}.
     *
     * <p>Cancellation: as {@link Lock#acquire()}: the lock is not held.
     */
    public void acquire() {
        lock.acquire();
    }

    /**
     * Acquires the underlying lock and returns a handle that releases it; see {@link Lock#acquired()}.
     *
     * <p>Cancellation: as {@link Lock#acquire()}: the lock is not held.
     */
    public Held acquired() {
        return lock.acquired();
    }

    /**
     * Releases the underlying lock; see {@link Lock#release()}.
     *
     * @throws IllegalStateException if it is not held
     */
    public void release() {
        lock.release();
    }

    /**
     * Releases the lock, suspends until signalled, then re-acquires the lock before returning (asyncio's
     * {@code wait}).
     *
     * <p>Cancellation: the lock is re-acquired even so (waiting for it as long as it takes, and ignoring further
     * cancellations meanwhile), then {@link CancelledError} is thrown: the caller always leaves holding the lock,
     * so its {@code finally} can release it. A signal that had already woken this task is consumed, not passed on.
     *
     * @throws IllegalStateException "cannot wait on un-acquired lock" if the lock is not held, or outside a task
     */
    public void await() {
        if (!lock.locked()) {
            throw new IllegalStateException("cannot wait on un-acquired lock");
        }
        Waiter<Void> w;
        synchronized (mu) {
            w = new Waiter<>(binding.loop());
            waiters.addLast(w);
        }
        // Registered before the release: a task on another worker could otherwise take the lock and signal in
        // between, and the signal would be lost. On one loop the order makes no difference (nothing runs between).
        lock.release();
        try {
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
        } finally {
            // The caller's finally will release the lock, so it must hold it even when the wait was cancelled.
            boolean cancelled = false;
            while (true) {
                try {
                    lock.acquire();
                    break;
                } catch (CancelledError e) {
                    cancelled = true;
                }
            }
            if (cancelled) {
                throw new CancelledError();
            }
        }
    }

    /**
     * Waits ({@link #await()}) until {@code predicate} holds, checking it first and after each wake-up, and returns
     * true. Must be called with the lock held; returns with it held.
     *
     * <p>Cancellation: as {@link #await()}: the lock is held again when {@link CancelledError} is thrown.
     *
     * @throws IllegalStateException if the lock is not held when it has to wait
     */
    public boolean waitFor(BooleanSupplier predicate) {
        boolean result = predicate.getAsBoolean();
        while (!result) {
            await();
            result = predicate.getAsBoolean();
        }
        return true;
    }

    /** Wakes one waiting task (asyncio's {@code notify()}); see {@link #signal(int)}. */
    public void signal() {
        signal(1);
    }

    /**
     * Wakes up to {@code n} waiting tasks, oldest first (asyncio's {@code notify(n)}). They return from
     * {@link #await()} only once they get the lock, which the caller still holds.
     *
     * @throws IllegalStateException "cannot notify on un-acquired lock" if the lock is not held
     */
    public void signal(int n) {
        if (!lock.locked()) {
            throw new IllegalStateException("cannot notify on un-acquired lock");
        }
        synchronized (mu) {
            int woken = 0;
            for (Waiter<Void> w : waiters) {
                if (woken >= n) {
                    break;
                }
                if (w.wakeable()) {
                    woken++;
                    w.wake(null);
                }
            }
        }
    }

    /**
     * Wakes every waiting task (asyncio's {@code notify_all}).
     *
     * @throws IllegalStateException if the lock is not held
     */
    public void signalAll() {
        signal(Integer.MAX_VALUE);
    }

    @Override
    public String toString() {
        synchronized (mu) {
            return "<Condition [" + (lock.locked() ? "locked" : "unlocked")
                    + (waiters.isEmpty() ? "" : ", waiters:" + waiters.size()) + "]>";
        }
    }
}
