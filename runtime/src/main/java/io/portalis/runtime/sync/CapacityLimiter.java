package io.portalis.runtime.sync;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

import io.portalis.runtime.Asyncio;
import io.portalis.runtime.CancelledError;

/**
 * Limits how many tasks use a resource at once, remembering who holds each token: trio's
 * {@code CapacityLimiter}, an extension with no asyncio counterpart. Unlike a {@link Semaphore}, a borrower may
 * hold at most one token and only a holder may give one back, which catches the double acquire and the stray
 * release that a semaphore silently miscounts; and the total can be changed while the limiter is in use.
 *
 * <p>Tokens are served in the order borrowers started waiting; a release hands its token directly to the first
 * waiter. A limiter serves the tasks of one loop (see {@link LoopBinding}), or of all the worker threads of one
 * multi-thread runtime.
 */
public final class CapacityLimiter {

    private record Borrowing(Object borrower, Waiter<Void> waiter) {
    }

    /** Guards the fields below; never held while a task is suspended. */
    private final Object mu = new Object();
    private final LoopBinding binding = new LoopBinding(this);
    private int totalTokens;
    /** The borrowers holding a token; never more than {@link #totalTokens} except after the total shrank. */
    private final Map<Object, Boolean> borrowers = new IdentityHashMap<>();
    private final ArrayDeque<Borrowing> waiters = new ArrayDeque<>();

    /**
     * A limiter with {@code totalTokens} tokens.
     *
     * @throws IllegalArgumentException if {@code totalTokens} is less than 1
     */
    public CapacityLimiter(int totalTokens) {
        setTotalTokens(totalTokens);
    }

    /** The number of tokens. */
    public int totalTokens() {
        synchronized (mu) {
            return totalTokens;
        }
    }

    /**
     * Changes the number of tokens; waiters are served at once if it grew. If it shrank below the number borrowed,
     * no token is taken back: new borrowers wait until enough are released.
     *
     * @throws IllegalArgumentException if {@code totalTokens} is less than 1
     */
    public void setTotalTokens(int totalTokens) {
        if (totalTokens < 1) {
            throw new IllegalArgumentException("total_tokens must be >= 1");
        }
        synchronized (mu) {
            this.totalTokens = totalTokens;
            wakeWaiters();
        }
    }

    /** The number of tokens held. */
    public int borrowedTokens() {
        synchronized (mu) {
            return borrowers.size();
        }
    }

    /** The number of tokens free now (never negative). */
    public int availableTokens() {
        synchronized (mu) {
            return Math.max(0, totalTokens - borrowers.size());
        }
    }

    /**
     * Takes a token for the current task, suspending until one is handed to it if none is free (or others wait).
     *
     * <p>Cancellation: throws {@link CancelledError} holding no token; a token already handed to this task is
     * given back and passed to the next waiter.
     *
     * @throws IllegalStateException if the current task already holds a token of this limiter, or outside a task
     */
    public void acquire() {
        acquireOnBehalfOf(currentTask());
    }

    /**
     * Takes a token for {@code borrower} (any object, compared by identity), as {@link #acquire()} does.
     *
     * <p>Cancellation: as {@link #acquire()}: {@code borrower} holds no token.
     *
     * @throws IllegalStateException if {@code borrower} already holds a token of this limiter, or outside a task
     */
    public void acquireOnBehalfOf(Object borrower) {
        Borrowing b;
        synchronized (mu) {
            if (tryAcquireLocked(borrower)) {
                return;
            }
            b = new Borrowing(borrower, new Waiter<>(binding.loop()));
            waiters.addLast(b);
        }
        try {
            b.waiter().await();
        } catch (CancelledError e) {
            synchronized (mu) {
                b.waiter().abandon();
                waiters.remove(b);
                if (b.waiter().woken()) {
                    // The token was handed over before the cancellation arrived: give it to the next waiter.
                    borrowers.remove(borrower);
                    wakeWaiters();
                }
            }
            throw e;
        }
    }

    /**
     * Takes a token for the current task if one is free and nobody waits; never suspends.
     *
     * @return true iff a token was taken
     * @throws IllegalStateException if the current task already holds a token of this limiter, or outside a task
     */
    public boolean tryAcquire() {
        return tryAcquireOnBehalfOf(currentTask());
    }

    /**
     * Takes a token for {@code borrower} if one is free and nobody waits; never suspends.
     *
     * @return true iff a token was taken
     * @throws IllegalStateException if {@code borrower} already holds a token of this limiter
     */
    public boolean tryAcquireOnBehalfOf(Object borrower) {
        synchronized (mu) {
            return tryAcquireLocked(borrower);
        }
    }

    private boolean tryAcquireLocked(Object borrower) {
        Objects.requireNonNull(borrower, "borrower");
        if (borrowers.containsKey(borrower)) {
            throw new IllegalStateException("this borrower is already holding one of this CapacityLimiter's tokens");
        }
        if (borrowers.size() < totalTokens && waiters.isEmpty()) {
            borrowers.put(borrower, Boolean.TRUE);
            return true;
        }
        return false;
    }

    /**
     * Takes a token for the current task as {@link #acquire()} does and returns a handle that releases it.
     *
     * <p>Cancellation: as {@link #acquire()}: no token is held and nothing is to be closed.
     */
    public Held acquired() {
        Object borrower = currentTask();
        acquireOnBehalfOf(borrower);
        return () -> releaseOnBehalfOf(borrower);
    }

    /**
     * Gives back the current task's token, handing it to the first waiter if any.
     *
     * @throws IllegalStateException if the current task holds no token of this limiter
     */
    public void release() {
        releaseOnBehalfOf(currentTask());
    }

    /**
     * Gives back {@code borrower}'s token, handing it to the first waiter if any.
     *
     * @throws IllegalStateException if {@code borrower} holds no token of this limiter
     */
    public void releaseOnBehalfOf(Object borrower) {
        synchronized (mu) {
            if (borrowers.remove(borrower) == null) {
                throw new IllegalStateException("this borrower isn't holding any of this CapacityLimiter's tokens");
            }
            wakeWaiters();
        }
    }

    private void wakeWaiters() {
        while (borrowers.size() < totalTokens && !waiters.isEmpty()) {
            Borrowing b = waiters.pollFirst();
            if (b.waiter().wakeable()) {
                borrowers.put(b.borrower(), Boolean.TRUE);
                b.waiter().wake(null);
            }
        }
    }

    private static Object currentTask() {
        Object task = Asyncio.currentTask();
        if (task == null) {
            throw new IllegalStateException("CapacityLimiter needs a task as borrower; use the OnBehalfOf methods");
        }
        return task;
    }

    @Override
    public String toString() {
        synchronized (mu) {
            return "<CapacityLimiter [" + borrowers.size() + "/" + totalTokens + " borrowed, waiters:"
                    + waiters.size() + "]>";
        }
    }
}
