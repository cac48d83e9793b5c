package io.portalis.runtime;

/**
 * A coroutine running on an {@link EventLoop}: a {@link Future} that completes with the coroutine's result
 * (asyncio's {@code Task}). Create one with {@link Asyncio#createTask} or {@link EventLoop#createTask}.
 *
 * <p>The task's body runs in steps, one loop callback each: the first step is scheduled when the task is created,
 * and a step ends when the body suspends (awaiting a pending future, or {@code sleep}) or returns. The future a
 * suspended task waits for wakes it through a done callback, so the task resumes one loop iteration after that
 * future completes.
 *
 * <p>Cancellation ({@link #cancel(String)}) is a request: the future the task waits on is cancelled, or if there is
 * none, {@link CancelledError} is thrown into the body at its next step. The body may catch it; the task ends
 * cancelled only if the body lets it (or another CancelledError) escape. {@link #cancelling()} counts requests and
 * {@link #uncancel()} withdraws one, as in Python 3.11.
 *
 * <table>
 *   <caption>Life of a task</caption>
 *   <tr><th>state</th><th>{@link #done()}</th><th>what {@link #cancel()} does</th></tr>
 *   <tr><td>scheduled, not started</td><td>false</td><td>the body will never run: the first step throws
 *       {@link CancelledError} at once</td></tr>
 *   <tr><td>running (its step is on the loop)</td><td>false</td><td>remembered: thrown at the next
 *       suspension</td></tr>
 *   <tr><td>suspended on a future</td><td>false</td><td>cancels that future, which wakes the task with
 *       {@link CancelledError}</td></tr>
 *   <tr><td>suspended by {@code sleep(0)}</td><td>false</td><td>thrown when the step scheduled by the
 *       yield runs</td></tr>
 *   <tr><td>finished: result, exception, or cancelled</td><td>true</td><td>nothing; returns false</td></tr>
 * </table>
 * A task ends cancelled when {@link CancelledError} escapes its body, or when a cancel request is still pending
 * as the body returns.
 *
 * @param <T> the result type
 */
public final class Task<T> extends Future<T> {

    /** Yielded by a bare {@code sleep(0)}: reschedule the next step with callSoon. */
    private static final Object YIELD = new Object();
    /** Yielded by a sleep: the task already waits in the timer heap. */
    private static final Object SLEEP = new Object();

    /** The body; dropped when the task finishes, so a finished task holds only its outcome. */
    private Coroutine<T> coroutine;
    /** The given name, or null for {@code Task-<number>}, built only when asked for (most never are). */
    private String name;
    private final long number;
    private Engine.Fiber fiber;
    /** The future this task is suspended on, or null. */
    private Future<?> futWaiter;
    /** True iff a cancel request still has to be thrown into the body at its next step. */
    private boolean mustCancel;
    private int cancelRequests;
    /** What the body suspended on: a Future, or {@link #YIELD}; read by {@link #step} right after the suspension. */
    private Object yielded;
    /** The error to throw at the body's suspension point when it resumes, or null to resume normally. */
    private Throwable resumeWith;
    private boolean bodyEnded;
    private T bodyResult;
    private Throwable bodyError;
    /** True iff this task sits in the loop's ready queue, its step due with {@link #stepArgument}. */
    boolean stepScheduled;
    /**
     * What the scheduled step brings: null, the Throwable to throw into the body, or the Future whose completion
     * scheduled the step (see {@link Future#addWakeup}), whose outcome the step then reads.
     */
    Object stepArgument;
    Task<?> prevLive;
    Task<?> nextLive;
    /**
     * While the task sleeps: the sequence of its entry in the loop's timers (a sleep's future and timer handle in
     * asyncio; here the task is its own timer entry). 0 when it does not sleep; set to 0 when the sleep fires or is
     * cancelled, which leaves the entry dead.
     */
    long sleepSequence;
    /**
     * True iff the task sits in the ready queue as its fired sleep timer rather than as a step: in that turn, where
     * asyncio's timer handle sets the sleep's future, the task schedules its step, one iteration later as in asyncio.
     */
    boolean sleepTimerReady;

    Task(EventLoop loop, Coroutine<T> coroutine, String name, long number) {
        super(loop);
        this.coroutine = coroutine;
        this.name = name;
        this.number = number;
    }

    /** The task's name ({@code Task-N} unless one was given). */
    public String getName() {
        return name != null ? name : "Task-" + number;
    }

    /** Renames the task. */
    public void setName(String name) {
        this.name = String.valueOf(name);
    }

    /**
     * Requests cancellation; see the class comment. Returns false if the task is already done.
     */
    @Override
    public boolean cancel(String message) {
        if (done()) {
            return false;
        }
        cancelRequests++;
        if (sleepSequence != 0) {
            // What cancelling asyncio's sleep future does: the task wakes with CancelledError one iteration later.
            cancelSleep(message);
            return true;
        }
        if (futWaiter != null && futWaiter.cancel(message)) {
            // futWaiter stays: it may be a task that ignores the cancellation, to be cancelled again later.
            return true;
        }
        mustCancel = true;
        cancelMessage = message;
        return true;
    }

    /** The number of cancellation requests not withdrawn by {@link #uncancel()}. */
    public int cancelling() {
        return cancelRequests;
    }

    /** Withdraws one cancellation request (if any) and returns how many remain. */
    public int uncancel() {
        if (cancelRequests > 0) {
            cancelRequests--;
        }
        return cancelRequests;
    }

    /**
     * Not supported: a task's result is its body's.
     *
     * @throws IllegalStateException always
     */
    @Override
    public void setResult(T value) {
        throw new IllegalStateException("Task does not support set_result operation");
    }

    /**
     * Not supported: a task's exception is its body's.
     *
     * @throws IllegalStateException always
     */
    @Override
    public void setException(Throwable exception) {
        throw new IllegalStateException("Task does not support set_exception operation");
    }

    /**
     * Waits for the task to finish and returns its result; the same as {@link #await()}.
     *
     * <p>Cancellation: cancelling the waiting task cancels this task too (as awaiting a task does in asyncio);
     * use {@link Asyncio#shield} to wait without that.
     */
    public T join() {
        return await();
    }

    /** The task running on the current thread's loop. */
    static Task<?> current() {
        EventLoop loop = EventLoop.runningOrNull();
        if (loop == null) {
            throw new IllegalStateException("no running event loop: suspending calls must run inside a task");
        }
        Task<?> task = loop.currentTask;
        if (task == null) {
            throw new IllegalStateException("cannot suspend outside a task (in a plain callback of the loop)");
        }
        return task;
    }

    /** Suspends the body until its next step; throws what that step brings (a cancellation, the awaited error). */
    void suspendOn(Object what) {
        yielded = what;
        fiber.suspend();
        Throwable t = resumeWith;
        if (t != null) {
            resumeWith = null;
            throw sneaky(t);
        }
    }

    /** Yields to the loop for exactly one iteration: asyncio's bare {@code yield} inside {@code sleep(0)}. */
    void yieldOnce() {
        suspendOn(YIELD);
    }

    /** Suspends the body until loop time {@code deadline} (nanoseconds): a positive {@code sleep}. */
    void sleepUntil(long deadline) {
        loop.addSleeper(this, deadline);
        suspendOn(SLEEP);
    }

    /** The sleep's timer came up in the ready queue: unless the sleep was cancelled, the task's next step is due. */
    void sleepTimerFired() {
        if (sleepSequence != 0) {
            sleepSequence = 0;
            loop.scheduleStep(this, null);
        }
    }

    private void cancelSleep(String message) {
        if (!sleepTimerReady) {
            loop.timerCancelled();  // the heap entry is dead now, counted as asyncio counts a cancelled handle
        }
        sleepSequence = 0;
        loop.scheduleStep(this, new CancelledError(message));
    }

    /** The fiber's body: runs the coroutine, recording how it ended. Called by {@link EventLoop#fiberBody}. */
    void runBody() {
        try {
            Throwable t = resumeWith;
            if (t != null) {
                // Cancelled before the first step: like coro.throw() on an unstarted coroutine, the body never runs.
                resumeWith = null;
                throw t;
            }
            bodyResult = coroutine.call();
        } catch (Throwable e) {
            bodyError = e;
        }
        bodyEnded = true;
    }

    /** One step of the body: asyncio's {@code Task.__step}. */
    void step(Throwable exc) {
        if (done()) {
            throw new InvalidStateError("_step(): already done: " + this + ", " + exc);
        }
        if (mustCancel) {
            if (!(exc instanceof CancelledError)) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        loop.enterTask(this);
        try {
            if (fiber == null) {
                fiber = loop.engine.newFiber(loop, loop.fiberBody);
            }
            resumeWith = exc;
            fiber.resume();
            if (bodyEnded) {
                finish();
            } else {
                afterSuspension();
            }
        } finally {
            loop.leaveTask(this);
        }
    }

    private void finish() {
        fiber = null;
        coroutine = null;
        loop.unlink(this);
        Throwable error = bodyError;
        bodyError = null;
        if (error == null) {
            T value = bodyResult;
            bodyResult = null;
            if (mustCancel) {
                // Cancelled right before the body returned.
                mustCancel = false;
                cancelFuture(cancelMessage);
            } else {
                completeResult(value);
            }
        } else if (error instanceof CancelledError ce) {
            cancelledException = ce;
            cancelFuture(null);
        } else {
            completeException(error);
        }
    }

    private void afterSuspension() {
        Object what = yielded;
        yielded = null;
        if (what == YIELD) {
            loop.scheduleStep(this, null);
            return;
        }
        if (what == SLEEP) {
            if (mustCancel) {
                // asyncio cancels the awaited sleep future at once when a cancel request came during the step.
                mustCancel = false;
                cancelSleep(cancelMessage);
            }
            return;
        }
        Future<?> awaited = (Future<?>) what;
        if (awaited.loop != loop) {
            loop.scheduleStep(this, new IllegalStateException(
                    "Task " + this + " got Future " + awaited + " attached to a different loop"));
        } else if (awaited == this) {
            loop.scheduleStep(this, new IllegalStateException("Task cannot await on itself: " + this));
        } else {
            awaited.addWakeup(this);
            futWaiter = awaited;
            if (mustCancel && awaited.cancel(cancelMessage)) {
                mustCancel = false;
            }
        }
    }

    /** asyncio's {@code Task.__wakeup}: the next step, with the awaited future's error if it has one. */
    void wakeup(Future<?> awaited) {
        step(awaited.outcomeForWaiter());
    }

    @Override
    public String toString() {
        return "<Task " + stateText() + " name='" + getName() + "'>";
    }
}
