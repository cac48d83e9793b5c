package io.portalis.runtime;

import java.util.function.Consumer;

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
 * @param <T> the result type
 */
public final class Task<T> extends Future<T> {

    /** Yielded by a bare {@code sleep(0)}: reschedule the next step with callSoon. */
    private static final Object YIELD = new Object();

    private final Coroutine<T> coroutine;
    private String name;
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
    /** True iff this task sits in the loop's ready queue, its step due with {@link #stepException}. */
    boolean stepScheduled;
    Throwable stepException;
    Task<?> prevLive;
    Task<?> nextLive;
    private final Consumer<Future<?>> wakeup = this::wakeup;

    Task(EventLoop loop, Coroutine<T> coroutine, String name) {
        super(loop);
        this.coroutine = coroutine;
        this.name = name;
    }

    /** The task's name ({@code Task-N} unless one was given). */
    public String getName() {
        return name;
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

    private void runBody() {
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
                fiber = loop.engine.newFiber(loop, this::runBody);
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
        Future<?> awaited = (Future<?>) what;
        if (awaited.loop != loop) {
            loop.scheduleStep(this, new IllegalStateException(
                    "Task " + this + " got Future " + awaited + " attached to a different loop"));
        } else if (awaited == this) {
            loop.scheduleStep(this, new IllegalStateException("Task cannot await on itself: " + this));
        } else {
            addWakeup(awaited);
            futWaiter = awaited;
            if (mustCancel && awaited.cancel(cancelMessage)) {
                mustCancel = false;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <U> void addWakeup(Future<U> awaited) {
        awaited.addDoneCallback((Consumer<? super Future<U>>) (Consumer<?>) wakeup);
    }

    private void wakeup(Future<?> awaited) {
        step(awaited.outcomeForWaiter());
    }

    @Override
    public String toString() {
        return "<Task " + stateText() + " name='" + name + "'>";
    }
}
