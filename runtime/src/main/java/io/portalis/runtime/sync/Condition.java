package io.portalis.runtime.sync;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.Future;

/**
 * A condition variable for tasks (asyncio's {@code Condition}): tasks holding its lock wait until another task
 * signals them. asyncio's {@code wait}, {@code notify} and {@code notify_all} are {@link #await()},
 * {@link #signal(int)} and {@link #signalAll()} here, as in {@code java.util.concurrent.locks.Condition}, because
 * {@code Object} already owns {@code wait} and {@code notify}.
 *
 * <p>Every method must be called on the thread of the loop the condition is bound to (see {@link LoopBinding}).
 */
public final class Condition {

    private final LoopBinding binding = new LoopBinding(this);
    private final Lock lock;
    private final ArrayDeque<Future<Boolean>> waiters = new ArrayDeque<>();

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
        lock.release();
        try {
            Future<Boolean> fut = binding.loop().createFuture();
            waiters.addLast(fut);
            try {
                fut.await();
            } finally {
                waiters.removeFirstOccurrence(fut);
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
        int woken = 0;
        for (Future<Boolean> fut : waiters) {
            if (woken >= n) {
                break;
            }
            if (!fut.done()) {
                woken++;
                fut.setResult(false);
            }
        }
    }

    /**
     * Wakes every waiting task (asyncio's {@code notify_all}).
     *
     * @throws IllegalStateException if the lock is not held
     */
    public void signalAll() {
        signal(waiters.size());
    }

    @Override
    public String toString() {
        return "<Condition [" + (lock.locked() ? "locked" : "unlocked")
                + (waiters.isEmpty() ? "" : ", waiters:" + waiters.size()) + "]>";
    }
}
