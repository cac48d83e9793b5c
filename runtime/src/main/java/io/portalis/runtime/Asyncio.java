package io.portalis.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * The runtime's entry points, named after the functions of Python's {@code asyncio} module.
 *
 * <p>Every method that suspends must be called from inside a task (the main coroutine of {@link #run} is one) and
 * throws {@link IllegalStateException} otherwise; each documents what happens when the task is cancelled while
 * suspended there. Exceptions are never checked: a task's exception is rethrown unchanged to whoever awaits it.
 */
public final class Asyncio {

    private Asyncio() {
    }

    /**
     * Runs {@code main} in a new event loop and returns its result, as {@code asyncio.run}: after main finishes,
     * every task still pending is cancelled and awaited, the default executor is shut down, and the loop closed.
     *
     * @throws IllegalStateException if called from a running event loop
     */
    public static <T> T run(Coroutine<T> main) {
        return EventLoop.newEventLoop().run(main);
    }

    /**
     * The loop running the current task or callback.
     *
     * @throws IllegalStateException if there is none
     */
    public static EventLoop getRunningLoop() {
        return EventLoop.running();
    }

    /** Starts {@code coroutine} as a task of the running loop; see {@link EventLoop#createTask(Coroutine)}. */
    public static <T> Task<T> createTask(Coroutine<T> coroutine) {
        return EventLoop.running().createTask(coroutine, null);
    }

    /** Starts {@code coroutine} as a task of the running loop, with a name. */
    public static <T> Task<T> createTask(Coroutine<T> coroutine, String name) {
        return EventLoop.running().createTask(coroutine, name);
    }

    /** The task running now, or null outside a task (in a plain callback). */
    public static Task<?> currentTask() {
        return EventLoop.running().currentTask();
    }

    /** The running loop's tasks that are not done. */
    public static Set<Task<?>> allTasks() {
        return EventLoop.running().allTasks();
    }

    // ---------------------------------------------------------------- time

    /**
     * Suspends the current task for {@code seconds}; zero or less yields to the loop for exactly one iteration.
     *
     * <p>Cancellation: throws {@link CancelledError} at once; the timer is removed.
     *
     * @throws IllegalArgumentException if {@code seconds} is NaN
     */
    public static void sleep(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new IllegalArgumentException("sleep: seconds is NaN");
        }
        Task<?> task = Task.current();
        if (seconds <= 0) {
            task.yieldOnce();
            return;
        }
        task.sleepUntil(task.loop.nanoTime() + EventLoop.secondsToNanos(seconds));
    }

    /**
     * {@link #sleep(double)} for a {@link Duration}.
     *
     * <p>Cancellation: throws {@link CancelledError} at once; the timer is removed.
     */
    public static void sleep(Duration duration) {
        sleep(duration.toNanos() / 1e9);
    }

    /**
     * Runs {@code body} with a deadline {@code delay} seconds from now (null: none yet); see {@link Timeout}.
     * When the deadline passes, the body is cancelled and the scope throws {@link TimeoutError} instead of the
     * cancellation.
     *
     * <p>Cancellation: a cancellation from outside propagates as {@link CancelledError}, even if the deadline
     * also passed.
     */
    public static <T> T timeout(Double delay, ScopeBody<Timeout, T> body) {
        EventLoop loop = EventLoop.running();
        return new Timeout(delay == null ? null : loop.time() + delay).run(body);
    }

    /**
     * As {@link #timeout}, with the deadline given in loop time ({@link EventLoop#time()}).
     *
     * <p>Cancellation: as {@link #timeout}.
     */
    public static <T> T timeoutAt(Double when, ScopeBody<Timeout, T> body) {
        EventLoop.running();
        return new Timeout(when).run(body);
    }

    /**
     * Waits for {@code future} for at most {@code timeout} seconds (NaN: no limit); on timeout, cancels it, waits
     * until it has finished, and throws {@link TimeoutError}. A result that arrives while it is being cancelled
     * is returned, not lost.
     *
     * <p>Cancellation: the future is cancelled too, and this returns only once it has finished; then the
     * {@link CancelledError} propagates (unless the future had completed, whose result is returned).
     */
    public static <T> T waitFor(Future<T> future, double timeout) {
        return Combinators.waitFor(future, timeout);
    }

    /**
     * {@link #waitFor(Future, double)} for a coroutine, started as a task.
     *
     * <p>Cancellation: the task is cancelled too, and this returns only once it has finished.
     */
    public static <T> T waitFor(Coroutine<T> coroutine, double timeout) {
        return Combinators.waitFor(createTask(coroutine), timeout);
    }

    // ---------------------------------------------------------------- combinators

    /**
     * Waits for every future and returns their results in order; the first exception (or cancellation of a
     * child) is thrown at once, the other futures keep running.
     *
     * <p>Cancellation: cancelling the waiting task cancels every child that is not done yet.
     */
    @SafeVarargs
    public static <T> List<T> gather(Future<? extends T>... futures) {
        List<Future<? extends T>> list = new ArrayList<>(futures.length);
        for (Future<? extends T> f : futures) {
            list.add(f);
        }
        return gather(list);
    }

    /**
     * {@link #gather(Future[])} for coroutines, each started as a task first.
     *
     * <p>Cancellation: cancelling the waiting task cancels every one of these tasks that is not done yet.
     */
    @SafeVarargs
    public static <T> List<T> gather(Coroutine<? extends T>... coroutines) {
        EventLoop loop = EventLoop.running();
        List<Future<? extends T>> tasks = new ArrayList<>(coroutines.length);
        for (Coroutine<? extends T> c : coroutines) {
            tasks.add(loop.createTask(c));
        }
        return gather(tasks);
    }

    /**
     * {@link #gather(Future[])} for a list of futures.
     *
     * <p>Cancellation: cancelling the waiting task cancels every child that is not done yet.
     */
    public static <T> List<T> gather(List<? extends Future<? extends T>> futures) {
        return gatherFuture(futures, false).await();
    }

    /**
     * Waits for every future and returns, in order, each result, or the exception it failed with, or a
     * {@link CancelledError} for a cancelled one (asyncio's {@code return_exceptions=True}).
     *
     * <p>Cancellation: cancelling the waiting task cancels every child that is not done yet.
     */
    public static List<Object> gatherReturnExceptions(List<? extends Future<?>> futures) {
        return gatherFuture(futures, true).await();
    }

    /**
     * The future behind {@link #gather}, for code that needs to hold it: cancelling it cancels every child.
     * It must be created on the loop's thread (futures of one loop only).
     */
    public static <T> Future<List<T>> gatherFuture(List<? extends Future<? extends T>> futures,
            boolean returnExceptions) {
        return Combinators.gather(EventLoop.running(), futures, returnExceptions);
    }

    /**
     * Waits until {@code returnWhen} holds for {@code futures}; returns the done and the pending ones. Never throws
     * the futures' exceptions.
     *
     * <p>Cancellation: throws {@link CancelledError}; the futures are left running.
     *
     * @throws IllegalArgumentException if {@code futures} is empty
     */
    public static <F extends Future<?>> Done<F> wait(Collection<F> futures, ReturnWhen returnWhen) {
        return Combinators.wait(futures, Double.NaN, returnWhen);
    }

    /**
     * {@link #wait(Collection, ReturnWhen)} that also returns after {@code timeout} seconds (NaN: no limit),
     * leaving the futures not done running.
     *
     * <p>Cancellation: throws {@link CancelledError}; the futures are left running.
     */
    public static <F extends Future<?>> Done<F> wait(Collection<F> futures, double timeout, ReturnWhen returnWhen) {
        return Combinators.wait(futures, timeout, returnWhen);
    }

    /**
     * One awaitable per future, each giving the next result in order of completion (asyncio's
     * {@code as_completed}). Awaiting one rethrows the exception of the future it yields.
     *
     * <p>Cancellation: a task cancelled while awaiting one of them gets {@link CancelledError}; no completed
     * future is lost for the next awaitable.
     */
    public static <T> List<Awaitable<T>> asCompleted(Collection<? extends Future<? extends T>> futures) {
        return Combinators.asCompleted(futures, Double.NaN);
    }

    /**
     * {@link #asCompleted(Collection)} with a deadline: once {@code timeout} seconds have passed, each awaitable
     * not yet served throws {@link TimeoutError}.
     *
     * <p>Cancellation: as {@link #asCompleted(Collection)}; the futures are left running.
     */
    public static <T> List<Awaitable<T>> asCompleted(Collection<? extends Future<? extends T>> futures,
            double timeout) {
        return Combinators.asCompleted(futures, timeout);
    }

    /**
     * Protects {@code future} from cancellation by its waiter: returns a future that completes as it does, but
     * whose cancellation leaves {@code future} running. Returns {@code future} itself if it is already done.
     */
    public static <T> Future<T> shield(Future<T> future) {
        return Combinators.shield(future);
    }

    /**
     * Runs {@code body} in a {@link TaskGroup} scope and returns the body's result once every task of the group
     * has finished.
     *
     * <p>Cancellation: a cancellation of the current task cancels every task of the group and propagates as
     * {@link CancelledError} once they have all finished.
     *
     * @throws ExceptionGroup with the errors of the tasks and the body, if any failed
     */
    public static <T> T taskGroup(ScopeBody<TaskGroup, T> body) {
        return new TaskGroup().run(body);
    }

    // ---------------------------------------------------------------- threads

    /**
     * Runs {@code function} on the running loop's default executor (one virtual thread per call) and suspends
     * the current task until it returns; see {@link EventLoop#runInExecutor(Callable)}.
     *
     * <p>Cancellation: throws {@link CancelledError} at once; the function keeps running on its thread.
     */
    public static <T> T toThread(Callable<T> function) {
        return EventLoop.running().runInExecutor(function);
    }

    /**
     * Suspends the current task until {@code future} (completed by any thread) completes; returns its value or
     * throws its exception (unwrapped from {@code CompletionException}).
     *
     * <p>Cancellation: throws {@link CancelledError} and cancels {@code future}.
     */
    public static <T> T await(CompletableFuture<T> future) {
        return ThreadBridge.await(EventLoop.running(), future);
    }

    /**
     * Submits {@code coroutine} to {@code loop} from another thread, as a task; the returned future completes with
     * the task. Cancelling it cancels the task. Its blocking {@code get}/{@code join} throw
     * {@link IllegalStateException} on the loop's own thread, where they would deadlock.
     *
     * @throws IllegalStateException if the loop is closed
     */
    public static <T> CompletableFuture<T> runCoroutineThreadsafe(Coroutine<T> coroutine, EventLoop loop) {
        return ThreadBridge.runCoroutineThreadsafe(coroutine, loop);
    }
}
