package io.portalis.runtime.multithread;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.portalis.runtime.Clock;
import io.portalis.runtime.Coroutine;
import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Future;
import io.portalis.runtime.Task;
import io.portalis.runtime.sync.LoopBinding;

/**
 * The multi-thread flavour of the runtime: one {@link EventLoop} per worker thread (by default one per core), each
 * running its tasks exactly as a current-thread loop does, and {@link #spawn} spreading tasks over the workers.
 *
 * <p>Scheduling: a task spawned on a worker goes to that worker's queue of tasks not yet started; the worker starts
 * them in batches between the steps of its running tasks. A worker with no task left steals a batch of not yet
 * started tasks from another worker's queue, and sleeping workers are woken to do so when work is spawned. A task
 * that has started stays on its worker until it ends (its state lives on that loop), so stealing happens at spawn
 * granularity, as in Go's scheduler before a goroutine first runs. {@link io.portalis.runtime.Asyncio#createTask}
 * still creates a task on the current worker's own loop.
 *
 * <p>Every primitive of the {@code sync}, {@code queue} and {@code channel} packages may be shared between tasks of
 * different workers: a waiter on another worker is woken through its loop's thread-safe entry, and the hand-off
 * rules that keep items and permits from being lost under cancellation hold across threads.
 *
 * <pre>{@code
 * long sum = MultiThreadRuntime.run(() -> {
 *     var rt = MultiThreadRuntime.current();
 *     List<JoinHandle<Long>> parts = ...; // rt.spawn(() -> work(i)) for each part
 *     long s = 0;
 *     for (var h : parts) s += h.join();
 *     return s;
 * });
 * }</pre>
 */
public final class MultiThreadRuntime implements AutoCloseable {

    /** Tasks a worker starts per turn, or steals at a time, before letting running tasks go on. */
    static final int BATCH = 64;

    /**
     * The worker of each running worker loop. Looked up through the running loop, not the thread: on the
     * virtual-thread engine a task's body runs on a thread of its own.
     */
    private static final Map<EventLoop, Worker> WORKERS = new ConcurrentHashMap<>();

    private final Worker[] workers;
    private final AtomicInteger roundRobin = new AtomicInteger();
    private final AtomicInteger idleWorkers = new AtomicInteger();
    /** Finished handles whose exception nobody has joined yet: reported at {@link #close()}. */
    private final Set<JoinHandle<?>> unjoinedFailures = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private MultiThreadRuntime(int threads, String engine) {
        workers = new Worker[threads];
        CountDownLatch started = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker(i, engine == null ? EventLoop.newEventLoop(Clock.system())
                    : EventLoop.newEventLoop(Clock.system(), engine));
        }
        for (Worker w : workers) {
            w.start(started);
        }
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the workers", e);
        }
    }

    /**
     * Starts a runtime with {@code threads} worker threads.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public static MultiThreadRuntime start(int threads) {
        return start(threads, null);
    }

    /**
     * Starts a runtime with {@code threads} worker threads whose loops run on the named coroutine engine,
     * {@code "continuation"} or {@code "virtual-thread"} (null: the process's default engine).
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1, or for an unknown engine
     * @throws IllegalStateException for the continuation engine when {@code jdk.internal.vm} is not exported
     */
    public static MultiThreadRuntime start(int threads, String engine) {
        if (threads < 1) {
            throw new IllegalArgumentException("a runtime needs at least one worker thread");
        }
        return new MultiThreadRuntime(threads, engine);
    }

    /** Starts a runtime with one worker thread per available processor. */
    public static MultiThreadRuntime start() {
        return start(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs {@code main} on a new runtime with one worker per processor, waits for it, shuts the runtime down, and
     * returns main's result or rethrows its exception: the multi-thread counterpart of
     * {@link io.portalis.runtime.Asyncio#run}.
     *
     * @throws IllegalStateException on a thread that runs an event loop
     */
    public static <T> T run(Coroutine<T> main) {
        try (MultiThreadRuntime rt = start()) {
            return rt.blockOn(main);
        }
    }

    /**
     * The runtime whose worker runs the current thread.
     *
     * @throws IllegalStateException on a thread that is not a worker of a multi-thread runtime
     */
    public static MultiThreadRuntime current() {
        Worker w = currentWorker();
        if (w == null) {
            throw new IllegalStateException("not on a worker thread of a multi-thread runtime");
        }
        return w.runtime();
    }

    /** The number of worker threads. */
    public int workers() {
        return workers.length;
    }

    /**
     * Spawns {@code main} and blocks the calling thread until it finishes; returns its result or rethrows its
     * exception.
     *
     * @throws IllegalStateException on a worker thread of this runtime
     */
    public <T> T blockOn(Coroutine<T> main) {
        return spawn(main).blockingJoin();
    }

    /**
     * Spawns {@code coroutine} as a task on some worker, from any thread; see the class comment for where it runs.
     *
     * @throws IllegalStateException if the runtime is closed
     */
    public <T> JoinHandle<T> spawn(Coroutine<T> coroutine) {
        Objects.requireNonNull(coroutine, "coroutine");
        if (closed) {
            throw new IllegalStateException("the runtime is closed");
        }
        JoinHandle<T> handle = new JoinHandle<>(this, coroutine);
        Worker here = currentWorker();
        if (here != null && here.runtime() == this) {
            here.pending.addLast(handle);
            here.scheduleLocalDrain();
        } else {
            Worker target = workers[Math.floorMod(roundRobin.getAndIncrement(), workers.length)];
            target.pending.addLast(handle);
            target.scheduleRemoteDrain();
        }
        if (idleWorkers.get() > 0) {
            wakeIdleWorker();
        }
        return handle;
    }

    private void wakeIdleWorker() {
        for (Worker w : workers) {
            if (w.idle.get() && w.idle.compareAndSet(true, false)) {
                idleWorkers.decrementAndGet();
                w.scheduleRemoteSteal();
                return;
            }
        }
    }

    private static Worker currentWorker() {
        EventLoop loop = EventLoop.runningOrNull();
        return loop == null ? null : WORKERS.get(loop);
    }

    boolean isWorkerThread() {
        Worker w = currentWorker();
        return w != null && w.runtime() == this;
    }

    EventLoop currentLoopOrNull() {
        Worker w = currentWorker();
        return w == null ? null : w.loop;
    }

    void unjoinedFailure(JoinHandle<?> handle) {
        unjoinedFailures.add(handle);
    }

    void joined(JoinHandle<?> handle) {
        unjoinedFailures.remove(handle);
    }

    /**
     * Shuts the runtime down: each worker cancels the tasks still pending on its loop and waits for them, then its
     * loop closes and its thread ends. Exceptions of spawned tasks that nobody joined are reported to standard
     * error. Idempotent.
     *
     * @throws IllegalStateException on a worker thread of this runtime
     */
    @Override
    public void close() {
        if (isWorkerThread()) {
            throw new IllegalStateException("close() on a worker thread would wait for itself");
        }
        if (closed) {
            return;
        }
        closed = true;
        for (Worker w : workers) {
            w.requestShutdown();
        }
        boolean interrupted = false;
        for (Worker w : workers) {
            while (true) {
                try {
                    w.thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (JoinHandle<?> h : unjoinedFailures) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("message", "Task exception was never retrieved");
            context.put("exception", h.error());
            EventLoop.defaultExceptionHandler(context);
        }
        unjoinedFailures.clear();
    }

    /** One worker thread and its loop. */
    private final class Worker {
        final int index;
        final EventLoop loop;
        /** Spawned tasks not started yet: the owner takes from the head, thieves from the tail. */
        final ConcurrentLinkedDeque<JoinHandle<?>> pending = new ConcurrentLinkedDeque<>();
        /** True iff a drain of {@link #pending} is scheduled on the loop (set from any thread). */
        final AtomicBoolean drainScheduled = new AtomicBoolean();
        /** True iff the worker has nothing to run and waits to be woken to steal. */
        final AtomicBoolean idle = new AtomicBoolean();
        /** Tasks started by this worker and not finished; loop thread only. */
        int live;
        Thread thread;
        /** Completed to stop the worker; loop thread only. */
        Future<Void> shutdown;

        Worker(int index, EventLoop loop) {
            this.index = index;
            this.loop = loop;
        }

        MultiThreadRuntime runtime() {
            return MultiThreadRuntime.this;
        }

        void start(CountDownLatch started) {
            thread = Thread.ofPlatform().name("portalis-worker-" + index).daemon(true).start(() -> {
                WORKERS.put(loop, this);
                LoopBinding.shareAmong(MultiThreadRuntime.this, loop);
                try {
                    loop.run(() -> {
                        shutdown = loop.createFuture();
                        // Nothing to run yet: the first steal finds nothing and marks the worker idle.
                        loop.callSoon(this::steal);
                        started.countDown();
                        shutdown.await();
                        return null;
                    });
                } finally {
                    LoopBinding.unshare(loop);
                    WORKERS.remove(loop);
                }
            });
        }

        void requestShutdown() {
            try {
                loop.callSoonThreadsafe(() -> {
                    if (!shutdown.done()) {
                        shutdown.setResult(null);
                    }
                });
            } catch (IllegalStateException alreadyClosed) {
                // The worker ended on its own (its loop failed); nothing to stop.
            }
        }

        /** On the loop's thread: make sure a drain is scheduled. */
        void scheduleLocalDrain() {
            if (drainScheduled.compareAndSet(false, true)) {
                loop.callSoon(this::drain);
            }
        }

        /** From another thread: make sure a drain is scheduled, waking the loop. */
        void scheduleRemoteDrain() {
            if (drainScheduled.compareAndSet(false, true)) {
                loop.callSoonThreadsafe(this::drain);
            }
        }

        void scheduleRemoteSteal() {
            loop.callSoonThreadsafe(this::steal);
        }

        /** Starts up to a batch of this worker's own pending tasks; reschedules itself while more are left. */
        private void drain() {
            drainScheduled.set(false);
            for (int n = 0; n < BATCH; n++) {
                JoinHandle<?> h = pending.pollFirst();
                if (h == null) {
                    return;
                }
                startTask(h);
            }
            if (!pending.isEmpty()) {
                scheduleLocalDrain();
            }
        }

        /** Takes a batch of not yet started tasks from the other workers; goes idle if there is none. */
        private void steal() {
            int stolen = 0;
            for (int k = 1; k < workers.length && stolen < BATCH; k++) {
                Worker victim = workers[(index + k) % workers.length];
                JoinHandle<?> h;
                while (stolen < BATCH && (h = victim.pending.pollLast()) != null) {
                    startTask(h);
                    stolen++;
                }
            }
            if (stolen == 0 && live == 0 && pending.isEmpty() && !closed) {
                if (idle.compareAndSet(false, true)) {
                    idleWorkers.incrementAndGet();
                }
            }
        }

        private <T> void startTask(JoinHandle<T> h) {
            Task<T> t = h.start(loop);
            live++;
            t.addDoneCallback(done -> {
                h.finish(t);
                if (--live == 0 && pending.isEmpty()) {
                    steal();
                }
            });
        }
    }
}
