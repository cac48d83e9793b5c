package io.portalis.runtime.sync;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Future;
import java.util.Collection;

/**
 * A task waiting on a primitive: the building block of the queues and channels, and of primitives of one's own.
 *
 * <p>The owning primitive keeps its waiters in a queue, guarded by its own lock (every method of a waiter except
 * {@link #await()} must be called holding it). A waker picks a {@linkplain #wakeable() wakeable} waiter and
 * {@linkplain #wake(Object) wakes} it, possibly handing it something (a permit, an item); the waiting task returns
 * from {@link #await()} with that value. If the task is cancelled instead, it calls {@link #abandon()} under the
 * lock, and {@link #woken()} then says whether a hand-off reached it first, which it must pass on so nothing is lost.
 *
 * <p>On a single loop this is exactly asyncio's pattern (a future per waiter, completed by the waker), with the
 * same ordering: a waiter on the waker's own loop is completed at once. A waiter on another loop (a multi-thread
 * runtime runs one loop per worker thread) is completed on its own loop through
 * {@link EventLoop#callSoonThreadsafe}; the woken flag, not the future's state, is then what decides who owns the
 * hand-off, so a cancellation racing a wake-up never loses it.
 *
 * @param <T> what a wake-up hands over ({@link Void} for a bare wake-up)
 */
public final class Waiter<T> {

    private final Future<T> future;
    /** True iff a waker chose this waiter: it owns whatever was handed over, unless it hands it back. */
    private boolean woken;
    /** True iff the waiting task left (cancelled): wakers must skip it. */
    private boolean abandoned;

    /** A waiter for the current task, on the running loop. */
    public Waiter() {
        this(EventLoop.running());
    }

    /** A waiter for the current task, on {@code loop}, which must be the running loop. */
    public Waiter(EventLoop loop) {
        this.future = loop.createFuture();
    }

    /**
     * Suspends the current task until a waker wakes this waiter; returns what it handed over. Called without the
     * owner's lock.
     *
     * <p>Cancellation: throws {@link CancelledError}; the caller must then call {@link #abandon()} under the
     * owner's lock and, if {@link #woken()}, pass on what was handed over.
     */
    public T await() {
        return future.await();
    }

    /**
     * {@link #await()} for a waiter whose owner keeps it in {@code queue}, guarded by {@code lock}, and has nothing
     * to pass on when its task is cancelled: on cancellation the waiter is abandoned and leaves the queue under the
     * lock before {@link CancelledError} propagates.
     */
    public T awaitOrLeave(Object lock, Collection<Waiter<T>> queue) {
        try {
            return future.await();
        } catch (CancelledError e) {
            synchronized (lock) {
                abandon();
                queue.remove(this);
            }
            throw e;
        }
    }

    /**
     * True iff a waker may choose this waiter: not woken yet, not abandoned, and (when this thread runs the
     * waiter's loop) its future not cancelled, as asyncio skips a waiter whose future is done.
     */
    public boolean wakeable() {
        if (woken || abandoned) {
            return false;
        }
        // The future's state is the loop thread's to read; a read from elsewhere may be stale, but it only counts
        // once isRunningHere confirms this is that thread. Testing it first spares the thread-local lookup.
        return !(future.done() && isRunningHere(future.getLoop()));
    }

    /**
     * True iff the waiting task is known to have been cancelled: it {@linkplain #abandon() abandoned} the waiter,
     * or (when this thread runs the waiter's loop) its future was cancelled and it has not run since. asyncio's
     * {@code fut.cancelled()}, used where asyncio lets a newcomer pass waiters that are all cancelled.
     */
    public boolean cancelled() {
        if (abandoned) {
            return true;
        }
        return future.cancelled() && isRunningHere(future.getLoop());  // the state first, as in wakeable()
    }

    /** True iff a waker chose this waiter (see the class comment). */
    public boolean woken() {
        return woken;
    }

    /** True iff the waiter was {@linkplain #abandon() abandoned}. */
    public boolean abandoned() {
        return abandoned;
    }

    /** Marks the waiter abandoned by its cancelled task; later wakers skip it. */
    public void abandon() {
        abandoned = true;
    }

    /**
     * Wakes this waiter, handing it {@code value}; the caller must have checked {@link #wakeable()}. A waiter on
     * this thread's loop is completed at once (asyncio's {@code fut.set_result}), one on another loop in that
     * loop's next iteration.
     */
    public void wake(T value) {
        complete(value, null);
    }

    /**
     * {@link #wake} for a caller known to run the waiter's loop (a primitive
     * {@linkplain LoopBinding#exclusiveLoopHere() exclusive} to it), sparing the look-up of the running loop.
     */
    void wakeHere(T value) {
        woken = true;
        settle(value, null);
    }

    /**
     * Fails this waiter with {@code error} (for example a closed channel); like {@link #wake} it counts as woken.
     * The caller must have checked {@link #wakeable()}.
     */
    public void fail(RuntimeException error) {
        complete(null, error);
    }

    /** Marks the waiter woken and settles its future, on the future's own loop (an error when one is given). */
    private void complete(T value, RuntimeException error) {
        woken = true;
        EventLoop loop = future.getLoop();
        if (isRunningHere(loop)) {
            settle(value, error);
        } else {
            try {
                loop.callSoonThreadsafe(() -> settle(value, error));
            } catch (IllegalStateException loopClosed) {
                // The waiter's loop has shut down: its task will never run again, so there is nobody to wake.
            }
        }
    }

    private void settle(T value, RuntimeException error) {
        if (future.done()) {
            return;
        }
        if (error == null) {
            future.setResult(value);
        } else {
            future.setException(error);
        }
    }

    private static boolean isRunningHere(EventLoop loop) {
        return EventLoop.runningOrNull() == loop;
    }
}
