package io.portalis.runtime.multithread;

import java.util.ArrayList;
import java.util.List;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.Coroutine;
import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Task;
import io.portalis.runtime.sync.Waiter;

/**
 * A task spawned on a {@link MultiThreadRuntime}: wait for it with {@link #join()} from a task on any worker, or with
 * {@link #blockingJoin()} from a thread outside the runtime; cancel it with {@link #cancel()} from anywhere.
 *
 * <p>A spawned task starts on whichever worker takes it first (its own, or one that steals it while idle), and
 * stays on that worker's loop until it ends.
 *
 * @param <T> the task's result type
 */
public final class JoinHandle<T> {

    private enum State { QUEUED, RUNNING, DONE }

    /** The body, until a worker starts it. */
    Coroutine<T> coroutine;
    private final MultiThreadRuntime runtime;
    /** Guarded by {@code this}. */
    private State state = State.QUEUED;
    private Task<T> task;
    private boolean cancelRequested;
    private T result;
    private Throwable error;
    private boolean cancelled;
    private List<Waiter<Void>> joiners;
    /** True iff somebody has been given the outcome (so a failure has been seen). */
    private boolean retrieved;
    /** Volatile mirror of {@code state == DONE}, so a join of a finished task takes no lock. */
    private volatile boolean done;

    JoinHandle(MultiThreadRuntime runtime, Coroutine<T> coroutine) {
        this.runtime = runtime;
        this.coroutine = coroutine;
    }

    /** Starts the body as a task of {@code loop}; called on that loop's thread by the worker that took it. */
    Task<T> start(EventLoop loop) {
        Coroutine<T> body = coroutine;
        coroutine = null;
        Task<T> t = loop.createTask(body);
        boolean cancelNow;
        synchronized (this) {
            task = t;
            state = State.RUNNING;
            cancelNow = cancelRequested;
        }
        if (cancelNow) {
            t.cancel();
        }
        return t;
    }

    /** Records the outcome of the finished task; called on its loop's thread. */
    void finish(Task<T> t) {
        List<Waiter<Void>> toWake;
        synchronized (this) {
            if (t.cancelled()) {
                cancelled = true;
            } else if (t.exception() != null) {
                error = t.exception();
            } else {
                result = t.result();
            }
            state = State.DONE;
            task = null;
            done = true;
            toWake = joiners;
            joiners = null;
            for (Waiter<Void> w : toWake == null ? List.<Waiter<Void>>of() : toWake) {
                if (w.wakeable()) {
                    w.wake(null);
                }
            }
            notifyAll();
            if (error != null && toWake == null && !retrieved) {
                runtime.unjoinedFailure(this);
            }
        }
    }

    /** True iff the task has finished (with a result, an exception, or cancelled). */
    public boolean isDone() {
        return done;
    }

    /** True iff the task finished cancelled. */
    public boolean isCancelled() {
        return done && cancelled;
    }

    /**
     * Waits for the task to finish and returns its result, or rethrows its exception; callable from a task on any
     * worker of the runtime (or any loop of it).
     *
     * <p>Cancellation: throws {@link CancelledError} in the waiting task; unlike awaiting a {@link Task}, the
     * spawned task is not cancelled (call {@link #cancel()} for that).
     *
     * @throws CancelledError if the spawned task was cancelled
     * @throws IllegalStateException outside a task
     */
    public T join() {
        if (!done) {
            Waiter<Void> w;
            synchronized (this) {
                if (!done) {
                    w = new Waiter<>();
                    if (joiners == null) {
                        joiners = new ArrayList<>(2);
                    }
                    joiners.add(w);
                } else {
                    w = null;
                }
            }
            if (w != null) {
                try {
                    w.await();
                } catch (CancelledError e) {
                    synchronized (this) {
                        w.abandon();
                        if (joiners != null) {
                            joiners.remove(w);
                        }
                    }
                    throw e;
                }
            }
        }
        return outcome();
    }

    /**
     * Blocks the calling thread until the task finishes; for threads outside the runtime (the main thread). An
     * interrupt of the waiting thread cancels the task (as Ctrl-C cancels the main task of {@code asyncio.run}), and
     * the wait goes on until it has finished; the thread's interrupt flag is set again on return.
     *
     * @throws IllegalStateException on a worker thread of the runtime, where blocking would stall its loop
     * @throws CancelledError if the task was cancelled
     */
    public T blockingJoin() {
        if (runtime.isWorkerThread()) {
            throw new IllegalStateException("blockingJoin() on a worker thread would block its loop; use join()");
        }
        boolean interrupted = false;
        while (true) {
            synchronized (this) {
                if (done) {
                    break;
                }
                try {
                    wait();
                    continue;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            cancel();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return outcome();
    }

    private T outcome() {
        synchronized (this) {
            retrieved = true;
            runtime.joined(this);
            if (cancelled) {
                throw new CancelledError();
            }
            if (error != null) {
                throw sneaky(error);
            }
            return result;
        }
    }

    /**
     * Requests cancellation of the task, from any thread: a task not started yet is cancelled as it starts, a running
     * one on its own loop (see {@link Task#cancel()}). Returns false if it has already finished.
     */
    public boolean cancel() {
        Task<T> t;
        synchronized (this) {
            if (state == State.DONE) {
                return false;
            }
            if (state == State.QUEUED) {
                cancelRequested = true;
                return true;
            }
            t = task;
        }
        EventLoop loop = t.getLoop();
        if (runtime.currentLoopOrNull() == loop) {
            t.cancel();
        } else {
            try {
                loop.callSoonThreadsafe(t::cancel);
            } catch (IllegalStateException closed) {
                return false;
            }
        }
        return true;
    }

    /** The exception the task failed with, once finished; null otherwise. For reporting. */
    synchronized Throwable error() {
        return error;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
