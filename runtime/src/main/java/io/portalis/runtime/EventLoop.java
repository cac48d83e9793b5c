package io.portalis.runtime;

import java.lang.ref.Cleaner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A current-thread event loop with the scheduling of CPython 3.11's {@code asyncio.BaseEventLoop}.
 *
 * <p>Scheduling rules (each one is CPython's):
 * <ul>
 *   <li>{@link #callSoon} appends to a FIFO ready queue; each iteration runs exactly the callbacks that were ready
 *       when it began (callbacks they schedule run in the next iteration);</li>
 *   <li>timers ({@link #callLater}, {@link #callAt}) become ready, in order of deadline and then of scheduling,
 *       at the start of the first iteration at or after their deadline;</li>
 *   <li>a task's first step is scheduled with {@code callSoon} when it is created; a completed future schedules each
 *       of its done callbacks with {@code callSoon}, so a task waiting on it resumes one iteration later;
 *       awaiting an already completed future does not suspend at all, and {@code sleep(0)} yields exactly once.</li>
 * </ul>
 *
 * <p>Every method except {@link #callSoonThreadsafe}, {@link #time()} and the {@code is...} queries must be called
 * on the loop's thread (from a task or a callback, or before the loop runs). The loop keeps a strong reference to
 * each pending task (asyncio keeps a weak one), so a task nobody holds still runs to completion.
 *
 * <p>Most programs never use a loop directly: {@link Asyncio#run} creates one, runs the main coroutine and closes it.
 */
public final class EventLoop {

    private static final ThreadLocal<EventLoop> RUNNING = new ThreadLocal<>();
    /**
     * The loop that started running last and the thread it runs on, or {@link RunningOn#NOT_RUNNING}: every await
     * asks for the running loop, and comparing the current thread with this one is cheaper than a thread-local
     * look-up. Set by the loop's thread when the loop starts, cleared when it stops; with several loops running at
     * once (a multi-thread runtime) the others miss it and use {@link #RUNNING}, which is always right.
     */
    private static volatile RunningOn lastStarted = RunningOn.NOT_RUNNING;

    private record RunningOn(Thread thread, EventLoop loop) {
        static final RunningOn NOT_RUNNING = new RunningOn(null, null);
    }
    private static final Cleaner CLEANER = Cleaner.create();
    /** Below this many timers, cancelled timers are only dropped when they reach the top of the heap (as asyncio). */
    private static final int MIN_TIMERS_FOR_PURGE = 100;

    final Engine engine;
    private final Clock clock;
    /** Ready callbacks in FIFO order: {@link Handle}s and {@link Task}s whose step is due. */
    private final ArrayDeque<Object> ready = new ArrayDeque<>();
    private final TimerHeap timers = new TimerHeap();
    private int cancelledTimers;
    /** The next timer's scheduling sequence; starts at 1 so that 0 can mean "not sleeping" in a task. */
    private long timerSequence = 1;
    /** Callbacks from other threads, moved into {@link #ready} by the loop's thread at each iteration. */
    private final ConcurrentLinkedQueue<Handle> inbox = new ConcurrentLinkedQueue<>();
    private volatile Thread thread;
    private volatile boolean closed;
    private boolean stopping;
    /** The task whose step is running, or null while a plain callback (or nothing) runs. */
    Task<?> currentTask;
    /**
     * The body of every fiber of this loop: a fiber first runs inside its task's first step, when that task is
     * the current one, so one shared body serves all and a task costs no body object of its own.
     */
    final Runnable fiberBody = () -> currentTask.runBody();
    /** Pending tasks, linked through {@link Task#prevLive}/{@link Task#nextLive}: O(1) and allocation-free. */
    private Task<?> liveHead;
    private int liveCount;
    private long taskCounter;
    /** The task of {@link #run}, which an interrupt of the loop's thread cancels; null outside run(). */
    private Task<?> mainTask;
    /** True iff the loop's thread was interrupted while the loop ran: the flag is restored when it stops. */
    private boolean interrupted;
    private BiConsumer<EventLoop, Map<String, Object>> exceptionHandler;
    private ExecutorService defaultExecutor;
    /** Futures whose exception nobody has retrieved yet; reported at collection or at {@link #close()}. */
    private final Set<Unretrieved> unretrieved = Collections.newSetFromMap(new IdentityHashMap<>());

    private EventLoop(Engine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** A new loop on the system clock and the process's default engine. */
    public static EventLoop newEventLoop() {
        return new EventLoop(Engines.defaultEngine(), Clock.system());
    }

    /** A new loop on the given clock (for example {@link Clock#virtual()} in tests) and the default engine. */
    public static EventLoop newEventLoop(Clock clock) {
        return new EventLoop(Engines.defaultEngine(), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * A new loop on the given clock and engine, {@code "continuation"} or {@code "virtual-thread"}.
     *
     * @throws IllegalArgumentException for an unknown engine name
     * @throws IllegalStateException for the continuation engine when {@code jdk.internal.vm} is not exported
     */
    public static EventLoop newEventLoop(Clock clock, String engine) {
        return new EventLoop(Engines.byName(engine), Objects.requireNonNull(clock, "clock"));
    }

    /** The name of the engine this loop runs tasks on: {@code continuation} or {@code virtual-thread}. */
    public String engineName() {
        return engine.name();
    }

    /**
     * The loop running on the current thread (or in the current task).
     *
     * @throws IllegalStateException "no running event loop" when there is none
     */
    public static EventLoop running() {
        EventLoop loop = runningOrNull();
        if (loop == null) {
            throw new IllegalStateException("no running event loop");
        }
        return loop;
    }

    /**
     * The loop running on the current thread (or in the current task), or null when there is none: {@link
     * #running()} for callers to whom "no loop" is an ordinary answer rather than misuse.
     */
    public static EventLoop runningOrNull() {
        RunningOn last = lastStarted;
        return last.thread == Thread.currentThread() ? last.loop : RUNNING.get();
    }

    static void bindToCurrentThread(EventLoop loop) {
        RUNNING.set(loop);
    }

    // ---------------------------------------------------------------- time

    /** The loop's monotonic time in seconds (a {@link Clock#virtual() virtual clock} starts at 0). */
    public double time() {
        return toSeconds(clock.nanoTime());
    }

    double toSeconds(long nanos) {
        return nanos / 1e9;
    }

    long nanoTime() {
        return clock.nanoTime();
    }

    // ---------------------------------------------------------------- scheduling

    /**
     * Schedules {@code callback} to run in the next iteration, after every callback already scheduled.
     * An exception it throws goes to the {@linkplain #setExceptionHandler exception handler}.
     *
     * @throws IllegalStateException if the loop is closed
     */
    public Handle callSoon(Runnable callback) {
        checkClosed();
        Handle handle = new Handle(this, Objects.requireNonNull(callback, "callback"));
        ready.addLast(handle);
        return handle;
    }

    /**
     * Schedules {@code callback} to run {@code delaySeconds} from now (at once, as soon as possible, if not positive).
     *
     * @throws IllegalStateException if the loop is closed
     * @throws IllegalArgumentException if the delay is NaN
     */
    public TimerHandle callLater(double delaySeconds, Runnable callback) {
        if (Double.isNaN(delaySeconds)) {
            throw new IllegalArgumentException("delay is NaN");
        }
        return callAtNanos(clock.nanoTime() + secondsToNanos(delaySeconds), callback);
    }

    /**
     * Schedules {@code callback} to run at loop time {@code whenSeconds} (see {@link #time()}).
     *
     * @throws IllegalStateException if the loop is closed
     * @throws IllegalArgumentException if the time is NaN
     */
    public TimerHandle callAt(double whenSeconds, Runnable callback) {
        if (Double.isNaN(whenSeconds)) {
            throw new IllegalArgumentException("time is NaN");
        }
        return callAtNanos(secondsToNanos(whenSeconds), callback);
    }

    TimerHandle callAtNanos(long deadline, Runnable callback) {
        checkClosed();
        TimerHandle timer = new TimerHandle(this, Objects.requireNonNull(callback, "callback"), deadline,
                timerSequence++);
        timers.add(timer);
        return timer;
    }

    static long secondsToNanos(double seconds) {
        double nanos = seconds * 1e9;
        if (nanos >= Long.MAX_VALUE / 4.0) {
            return Long.MAX_VALUE / 4;
        }
        if (nanos <= -Long.MAX_VALUE / 4.0) {
            return -Long.MAX_VALUE / 4;
        }
        return Math.round(nanos);
    }

    /**
     * Schedules {@code callback} from any thread, waking the loop if it waits; the callback runs on the loop's
     * thread in a later iteration.
     *
     * @throws IllegalStateException if the loop is closed
     */
    public Handle callSoonThreadsafe(Runnable callback) {
        checkClosed();
        Handle handle = new Handle(this, Objects.requireNonNull(callback, "callback"));
        inbox.add(handle);
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
        return handle;
    }

    void scheduleStep(Task<?> task, Throwable exc) {
        if (task.stepScheduled) {
            // A second pending step is rare (only after misuse); give it its own entry to keep FIFO order.
            ready.addLast(new Handle(this, () -> task.step(exc)));
            return;
        }
        task.stepScheduled = true;
        task.stepArgument = exc;
        ready.addLast(task);
    }

    void scheduleWakeup(Task<?> task, Future<?> future) {
        if (task.stepScheduled) {
            scheduleCallback(task::wakeup, future);
            return;
        }
        task.stepScheduled = true;
        task.stepArgument = future;
        ready.addLast(task);
    }

    /**
     * Puts {@code task}, about to suspend in {@code sleep}, in the timer heap until {@code deadline}: the task is
     * its own timer entry (see {@link Task#sleepSequence}), where asyncio allocates a future and a timer handle.
     */
    void addSleeper(Task<?> task, long deadline) {
        long sequence = timerSequence++;
        task.sleepSequence = sequence;
        timers.add(deadline, sequence, task);
    }

    void scheduleCallback(Consumer<? super Future<?>> callback, Future<?> future) {
        ready.addLast(new FutureCallback(this, callback, future));
    }

    /** A done callback of a future, bound to it: one allocation per scheduled callback. */
    private static final class FutureCallback extends Handle {
        private final Consumer<? super Future<?>> callback;
        private final Future<?> future;

        FutureCallback(EventLoop loop, Consumer<? super Future<?>> callback, Future<?> future) {
            super(loop, null);
            this.callback = callback;
            this.future = future;
        }

        @Override
        void invoke() {
            callback.accept(future);
        }

        @Override
        Object describe() {
            return callback;
        }
    }

    void timerCancelled() {
        cancelledTimers++;
    }

    // ---------------------------------------------------------------- futures and tasks

    /** A new pending future bound to this loop; complete it with {@link Future#setResult}. */
    public <T> Future<T> createFuture() {
        return new Future<>(this);
    }

    /**
     * Wraps {@code coroutine} in a task named {@code Task-N} and schedules its first step.
     *
     * @throws IllegalStateException if the loop is closed
     */
    public <T> Task<T> createTask(Coroutine<T> coroutine) {
        return createTask(coroutine, null);
    }

    /**
     * Wraps {@code coroutine} in a task with the given name ({@code Task-N} when null) and schedules its first step.
     *
     * @throws IllegalStateException if the loop is closed
     */
    public <T> Task<T> createTask(Coroutine<T> coroutine, String name) {
        checkClosed();
        Task<T> task = new Task<>(this, Objects.requireNonNull(coroutine, "coroutine"), name,
                name != null ? 0 : ++taskCounter);
        link(task);
        scheduleStep(task, null);
        return task;
    }

    private void link(Task<?> task) {
        Task<?> head = liveHead;
        task.nextLive = head;
        if (head != null) {
            head.prevLive = task;
        }
        liveHead = task;
        liveCount++;
    }

    void unlink(Task<?> task) {
        Task<?> prev = task.prevLive;
        Task<?> next = task.nextLive;
        if (prev != null) {
            prev.nextLive = next;
        } else if (liveHead == task) {
            liveHead = next;
        } else {
            return;
        }
        if (next != null) {
            next.prevLive = prev;
        }
        task.prevLive = null;
        task.nextLive = null;
        liveCount--;
    }

    /** The tasks of this loop that are not done yet, oldest first. */
    public Set<Task<?>> allTasks() {
        List<Task<?>> newestFirst = new ArrayList<>(liveCount);
        for (Task<?> t = liveHead; t != null; t = t.nextLive) {
            newestFirst.add(t);
        }
        Set<Task<?>> tasks = new LinkedHashSet<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            tasks.add(newestFirst.get(i));
        }
        return tasks;
    }

    /** The task running now on this loop, or null when a plain callback (or nothing) runs. */
    public Task<?> currentTask() {
        return currentTask;
    }

    void enterTask(Task<?> task) {
        if (currentTask != null) {
            throw new IllegalStateException("Cannot enter into task " + task + " while another task "
                    + currentTask + " is being executed.");
        }
        currentTask = task;
    }

    void leaveTask(Task<?> task) {
        currentTask = null;
    }

    // ---------------------------------------------------------------- running

    /**
     * Runs {@code main} as a task until it finishes, as {@code asyncio.run} does on this loop: then cancels every
     * task still pending and waits for them, shuts the default executor down, and closes the loop, whatever the
     * outcome. Returns main's result or rethrows its exception. Interrupting the thread that called it cancels the
     * main task, as Ctrl-C does in {@code asyncio.run}; the thread's interrupt flag is set again on return.
     *
     * @throws IllegalStateException if called from a running event loop, or on a closed loop
     */
    public <T> T run(Coroutine<T> main) {
        if (RUNNING.get() != null) {
            throw new IllegalStateException("Asyncio.run() cannot be called from a running event loop");
        }
        checkClosed();
        try {
            Task<T> task = createTask(main);
            mainTask = task;
            return runUntilComplete(task);
        } finally {
            mainTask = null;
            try {
                cancelAllTasks();
                shutdownDefaultExecutor();
            } finally {
                close();
            }
        }
    }

    /**
     * Runs the loop until {@code future} is done, then returns its result or throws its exception.
     *
     * @throws IllegalStateException if the loop is closed or already running, if another loop runs on this thread,
     *     or if the loop was stopped before the future completed
     */
    public <T> T runUntilComplete(Future<T> future) {
        checkClosed();
        checkNotRunning();
        if (future.loop != this) {
            throw new IllegalArgumentException("The future belongs to a different loop than the one specified");
        }
        Consumer<Future<?>> stopper = f -> stop();
        future.addDoneCallback(stopper);
        try {
            runForever();
        } finally {
            future.removeDoneCallback(stopper);
        }
        if (!future.done()) {
            throw new IllegalStateException("Event loop stopped before Future completed.");
        }
        return future.result();
    }

    /**
     * Runs the loop until {@link #stop()} is called.
     *
     * @throws IllegalStateException if the loop is closed or already running, or another loop runs on this thread
     */
    public void runForever() {
        checkClosed();
        checkNotRunning();
        engine.drive(this::iterateUntilStopped);
    }

    private void iterateUntilStopped() {
        EventLoop previous = RUNNING.get();
        Thread current = Thread.currentThread();
        thread = current;
        RUNNING.set(this);
        lastStarted = new RunningOn(current, this);
        try {
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
        } finally {
            stopping = false;
            thread = null;
            if (lastStarted.thread == current) {
                lastStarted = RunningOn.NOT_RUNNING;  // only this thread ever stores an entry of its own
            }
            RUNNING.set(previous);
            if (interrupted) {
                interrupted = false;
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * An interrupt of the loop's thread is the Java form of asyncio.run's Ctrl-C: it cancels the main task of
     * {@link #run} (or, outside run, stops the loop). The flag is cleared meanwhile, or every wait of the loop
     * would return at once, and restored when the loop stops.
     */
    private void onInterrupt() {
        interrupted = true;
        if (mainTask != null && !mainTask.done()) {
            mainTask.cancel();
        } else {
            stop();
        }
    }

    private void checkNotRunning() {
        if (thread != null) {
            throw new IllegalStateException("This event loop is already running");
        }
        if (RUNNING.get() != null) {
            throw new IllegalStateException("Cannot run the event loop while another loop is running");
        }
    }

    /**
     * Stops the loop after the current iteration: callbacks already ready in it still run.
     * Does nothing special if the loop is not running (a later run stops after one iteration, as asyncio's).
     */
    public void stop() {
        stopping = true;
    }

    /** True iff the loop is running. */
    public boolean isRunning() {
        return thread != null;
    }

    /** True iff {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** One iteration of the loop, exactly as CPython's {@code BaseEventLoop._run_once}. */
    private void runOnce() {
        if (Thread.interrupted()) {
            onInterrupt();
        }
        if (timers.size() > MIN_TIMERS_FOR_PURGE && cancelledTimers * 2 > timers.size()) {
            timers.removeCancelled();
            cancelledTimers = 0;
        } else {
            dropCancelledTopTimers();
        }
        drainInbox();
        long timeout;
        if (!ready.isEmpty() || stopping) {
            timeout = 0;
        } else if (!timers.isEmpty()) {
            timeout = Math.max(0, timers.peekDeadline() - clock.nanoTime());
        } else {
            timeout = Long.MAX_VALUE;
        }
        if (timeout > 0 && inbox.isEmpty()) {
            clock.idle(timeout);
        }
        drainInbox();
        long end = timers.isEmpty() ? 0 : clock.nanoTime() + 1;
        while (!timers.isEmpty() && timers.peekDeadline() < end) {
            long sequence = timers.peekSequence();
            Object timer = timers.poll();
            if (timer instanceof TimerHandle handle) {
                handle.scheduled = false;
                if (handle.cancelled) {
                    cancelledTimers--;
                } else {
                    ready.addLast(handle);
                }
            } else {
                Task<?> sleeper = (Task<?>) timer;
                if (sleeper.sleepSequence != sequence) {
                    cancelledTimers--;
                } else {
                    // The timer's own turn in the ready queue, where asyncio's sleep timer handle sets its future.
                    sleeper.sleepTimerReady = true;
                    ready.addLast(sleeper);
                }
            }
        }
        for (int n = ready.size(); n > 0; n--) {
            Object entry = ready.pollFirst();
            if (entry instanceof Task<?> task) {
                if (task.sleepTimerReady) {
                    task.sleepTimerReady = false;
                    task.sleepTimerFired();
                    continue;
                }
                task.stepScheduled = false;
                Object argument = task.stepArgument;
                task.stepArgument = null;
                if (argument instanceof Future<?> from) {
                    task.wakeup(from);
                } else {
                    task.step((Throwable) argument);
                }
            } else {
                Handle handle = (Handle) entry;
                if (!handle.cancelled) {
                    handle.run();
                }
            }
        }
    }

    private void dropCancelledTopTimers() {
        while (!timers.isEmpty() && timers.firstDead()) {
            TimerHeap.unschedule(timers.poll());
            cancelledTimers--;
        }
    }

    private void drainInbox() {
        Handle handle;
        while ((handle = inbox.poll()) != null) {
            ready.addLast(handle);
        }
    }

    // ---------------------------------------------------------------- shutdown

    /**
     * Closes the loop: drops pending callbacks and timers, shuts the default executor down without waiting, and
     * reports every future exception nobody retrieved. Tasks still pending are abandoned where they are suspended,
     * their {@code finally} blocks never run: {@link #run} avoids that by cancelling them, and waiting for them,
     * before it closes the loop.
     *
     * <p>Unlike asyncio, where a second close does nothing, closing a closed loop is refused: it means two owners
     * each believe they own the loop, which is a bug to surface rather than hide. {@link #run} and
     * {@link Asyncio#run} close the loop exactly once, so code that lets them close it must not close it again;
     * test {@link #isClosed()} first where ownership is shared.
     *
     * @throws IllegalStateException "Cannot close a running event loop" if the loop is running, and
     *     "Event loop is closed" if it was already closed
     */
    public void close() {
        if (isRunning()) {
            throw new IllegalStateException("Cannot close a running event loop");
        }
        checkClosed();
        reportUnretrieved();
        closed = true;
        ready.clear();
        timers.clear();
        inbox.clear();
        ExecutorService executor = defaultExecutor;
        defaultExecutor = null;
        if (executor != null) {
            executor.shutdown();
        }
    }

    void checkClosed() {
        if (closed) {
            throw new IllegalStateException("Event loop is closed");
        }
    }

    /** Cancels every pending task and runs the loop until they have all finished, as {@code asyncio.run} does. */
    void cancelAllTasks() {
        Set<Task<?>> toCancel = allTasks();
        if (toCancel.isEmpty()) {
            return;
        }
        for (Task<?> task : toCancel) {
            task.cancel();
        }
        List<Future<?>> cancelled = new ArrayList<>(toCancel);
        runUntilComplete(Combinators.<Object>gather(this, cancelled, true));
        for (Task<?> task : toCancel) {
            if (task.cancelled()) {
                continue;
            }
            Throwable exc = task.exception();
            if (exc != null) {
                Map<String, Object> context = new LinkedHashMap<>();
                context.put("message", "unhandled exception during Asyncio.run() shutdown");
                context.put("exception", exc);
                context.put("task", task);
                callExceptionHandler(context);
            }
        }
    }

    /** Shuts the default executor down and waits for its threads, as {@code shutdown_default_executor} does. */
    void shutdownDefaultExecutor() {
        ExecutorService executor = defaultExecutor;
        defaultExecutor = null;
        if (executor != null) {
            executor.close();
        }
    }

    // ---------------------------------------------------------------- threads

    /**
     * Runs {@code function} on the default executor (a virtual thread per call) and suspends the current task
     * until it returns; returns its result or rethrows its exception.
     *
     * <p>Cancellation: cancelling the waiting task throws {@link CancelledError} at once; the function keeps running
     * on its thread (it cannot be stopped) and its result is dropped.
     *
     * @throws IllegalStateException when called outside a task of this loop, or on a closed loop
     */
    public <T> T runInExecutor(Callable<T> function) {
        return runInExecutor(defaultExecutor(), function);
    }

    /**
     * Runs {@code function} on {@code executor} and suspends the current task until it returns; returns its result
     * or rethrows its exception.
     *
     * <p>Cancellation: as {@link #runInExecutor(Callable)}: {@link CancelledError} at once, while the function
     * runs on to its end and its result is dropped.
     *
     * @throws IllegalStateException when called outside a task of this loop, or on a closed loop
     */
    public <T> T runInExecutor(Executor executor, Callable<T> function) {
        checkClosed();
        CompletableFuture<T> cf = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                cf.complete(function.call());
            } catch (Throwable e) {
                cf.completeExceptionally(e);
            }
        });
        return ThreadBridge.await(this, cf);
    }

    private ExecutorService defaultExecutor() {
        checkClosed();
        if (defaultExecutor == null) {
            defaultExecutor = Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("portalis-executor-", 0).factory());
        }
        return defaultExecutor;
    }

    // ---------------------------------------------------------------- errors

    /**
     * Replaces the handler of errors nobody else can receive: exceptions thrown by callbacks, and task or future
     * exceptions never retrieved. {@code null} restores the default, which prints to standard error.
     * The handler receives a context map with at least {@code "message"}, and {@code "exception"},
     * {@code "future"}/{@code "task"} or {@code "handle"} when they apply.
     */
    public void setExceptionHandler(BiConsumer<EventLoop, Map<String, Object>> handler) {
        exceptionHandler = handler;
    }

    /** Passes {@code context} to the exception handler (see {@link #setExceptionHandler}). */
    public void callExceptionHandler(Map<String, Object> context) {
        BiConsumer<EventLoop, Map<String, Object>> handler = exceptionHandler;
        if (handler == null) {
            defaultExceptionHandler(context);
            return;
        }
        try {
            handler.accept(this, context);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("message", "Unhandled error in exception handler");
            failure.put("exception", e);
            failure.put("context", context);
            defaultExceptionHandler(failure);
        }
    }

    /** Prints {@code context} as asyncio's default handler logs it: the message, the other entries, the stack. */
    public static void defaultExceptionHandler(Map<String, Object> context) {
        StringBuilder text = new StringBuilder(String.valueOf(context.get("message")));
        for (Map.Entry<String, Object> e : context.entrySet()) {
            if (!e.getKey().equals("message") && !e.getKey().equals("exception")) {
                text.append('\n').append(e.getKey()).append(": ").append(e.getValue());
            }
        }
        synchronized (System.err) {
            System.err.println(text);
            if (context.get("exception") instanceof Throwable t) {
                t.printStackTrace();
            }
        }
    }

    void reportCallbackFailure(Object callback, Throwable e) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("message", "Exception in callback " + callback);
        context.put("exception", e);
        callExceptionHandler(context);
    }

    /** What a future with an unretrieved exception leaves behind to be reported: never the future itself. */
    static final class Unretrieved implements Runnable {
        final EventLoop loop;
        final Throwable exception;
        final String owner;
        final boolean isTask;
        volatile boolean live = true;

        Unretrieved(EventLoop loop, Throwable exception, String owner, boolean isTask) {
            this.loop = loop;
            this.exception = exception;
            this.owner = owner;
            this.isTask = isTask;
        }

        /** Run by the cleaner when the future has been collected. */
        @Override
        public void run() {
            if (live && !loop.closed) {
                try {
                    loop.callSoonThreadsafe(() -> loop.report(this));
                } catch (IllegalStateException closedMeanwhile) {
                    // close() reports every live entry itself.
                }
            }
        }
    }

    Unretrieved trackUnretrieved(Future<?> future, Throwable exception) {
        Unretrieved u = new Unretrieved(this, exception, future.toString(), future instanceof Task);
        unretrieved.add(u);
        CLEANER.register(future, u);
        return u;
    }

    void retrieved(Unretrieved u) {
        u.live = false;
        unretrieved.remove(u);
    }

    private void report(Unretrieved u) {
        if (!u.live) {
            return;
        }
        retrieved(u);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("message", (u.isTask ? "Task" : "Future") + " exception was never retrieved");
        context.put("exception", u.exception);
        context.put(u.isTask ? "task" : "future", u.owner);
        callExceptionHandler(context);
    }

    private void reportUnretrieved() {
        for (Unretrieved u : new ArrayList<>(unretrieved)) {
            report(u);
        }
    }
}
