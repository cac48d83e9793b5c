package io.portalis.runtime.sync;

import io.portalis.runtime.CancelledError;

/**
 * A meeting point for a fixed number of tasks (asyncio 3.11's {@code Barrier}): each task calling {@link #await()}
 * suspends until {@link #parties()} tasks have called it, then all of them go on together. The barrier then drains
 * (the tasks leave) and fills again for the next round.
 *
 * <p>{@link #abort()} breaks it for good: every waiter, and every later caller, gets {@link BrokenBarrierError}.
 * {@link #reset()} breaks the current round only: its waiters get BrokenBarrierError, and the barrier fills again.
 * A barrier serves the tasks of one loop (see {@link LoopBinding}), or of all the worker threads of one multi-thread
 * runtime.
 */
public final class Barrier {

    private enum State { FILLING, DRAINING, RESETTING, BROKEN }

    private final Condition cond = new Condition();
    private final int parties;
    /** Written only while holding {@link #cond}'s lock; volatile for the queries that do not take it. */
    private volatile State state = State.FILLING;
    /** Tasks inside {@link #await()} past the entry check: filling the round, or still draining out of it. */
    private volatile int count;

    /**
     * A barrier for {@code parties} tasks.
     *
     * @throws IllegalArgumentException "parties must be > 0" if {@code parties} is less than 1
     */
    public Barrier(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be > 0");
        }
        this.parties = parties;
    }

    /**
     * Waits until {@link #parties()} tasks are waiting, then returns this task's arrival index, from 0 to
     * parties - 1 (asyncio's {@code wait}). A task arriving while the previous round drains or resets first waits
     * for that to end.
     *
     * <p>Cancellation: throws {@link CancelledError}; the task leaves the round (its place is freed, the other
     * waiters keep waiting).
     *
     * @throws BrokenBarrierError if the barrier is or becomes broken, or is reset while this task waits
     */
    public int await() {
        try (Held held = cond.acquired()) {
            block();
            try {
                int index = count;
                count++;
                if (index + 1 == parties) {
                    state = State.DRAINING;
                    cond.signalAll();
                } else {
                    cond.waitFor(() -> state != State.FILLING);
                    if (state == State.BROKEN || state == State.RESETTING) {
                        throw new BrokenBarrierError("Abort or reset of barrier");
                    }
                }
                return index;
            } finally {
                count--;
                exit();
            }
        }
    }

    private void block() {
        cond.waitFor(() -> state != State.DRAINING && state != State.RESETTING);
        if (state == State.BROKEN) {
            throw new BrokenBarrierError("Barrier aborted");
        }
    }

    private void exit() {
        if (count == 0) {
            if (state == State.RESETTING || state == State.DRAINING) {
                state = State.FILLING;
            }
            cond.signalAll();
        }
    }

    /**
     * Returns the barrier to its empty, filling state; tasks waiting now get {@link BrokenBarrierError}. Suspends
     * only to take the barrier's internal lock.
     *
     * <p>Cancellation: throws {@link CancelledError} before anything changed if cancelled while taking the lock.
     */
    public void reset() {
        try (Held held = cond.acquired()) {
            if (count > 0) {
                state = State.RESETTING;
            } else {
                state = State.FILLING;
            }
            cond.signalAll();
        }
    }

    /**
     * Breaks the barrier: every waiting task, and every later caller of {@link #await()}, gets
     * {@link BrokenBarrierError}. Suspends only to take the barrier's internal lock.
     *
     * <p>Cancellation: throws {@link CancelledError} before anything changed if cancelled while taking the lock.
     */
    public void abort() {
        try (Held held = cond.acquired()) {
            state = State.BROKEN;
            cond.signalAll();
        }
    }

    /** The number of tasks needed to pass the barrier. */
    public int parties() {
        return parties;
    }

    /** The number of tasks waiting in the current round (0 while it drains or resets). */
    public int nWaiting() {
        return state == State.FILLING ? count : 0;
    }

    /** True iff the barrier was {@linkplain #abort() aborted}. */
    public boolean broken() {
        return state == State.BROKEN;
    }

    @Override
    public String toString() {
        return "<Barrier [" + state.name().toLowerCase(java.util.Locale.ROOT)
                + (state == State.BROKEN ? "" : ", waiters:" + nWaiting() + "/" + parties) + "]>";
    }
}
