/**
 * An asyncio-faithful async runtime for Java: the event loop, futures, tasks, time and combinators of Python's
 * {@code asyncio}, with CPython 3.11's exact scheduling order, on a coroutine engine fast enough to stand beside
 * tokio's current-thread runtime.
 *
 * <h2>Writing a coroutine</h2>
 * A coroutine is ordinary Java code, a {@link io.portalis.runtime.Coroutine} lambda. It suspends by calling the
 * runtime's suspending methods; there is no {@code async} colouring, and no checked exception on them:
 * <pre>{@code
 * List<String> pages = Asyncio.run(() -> {
 *     Task<String> a = Asyncio.createTask(() -> fetch("a"));   // starts at the next loop iteration
 *     Task<String> b = Asyncio.createTask(() -> fetch("b"));
 *     Asyncio.sleep(0.1);                                       // suspends this task, not the thread
 *     String first = Asyncio.waitFor(a, 1.0);                   // at most one second, or TimeoutError
 *     return Asyncio.gather(a, b);                              // both results, in order
 * });
 * }</pre>
 *
 * <h2>The public surface</h2>
 * <table>
 *   <caption>Which type for what</caption>
 *   <tr><th>type</th><th>asyncio</th><th>use it to</th></tr>
 *   <tr><td>{@link io.portalis.runtime.Asyncio}</td><td>the module's functions</td><td>run a program, create
 *       tasks, sleep, gather/wait/as_completed/wait_for/shield, timeout scopes, task groups, threads</td></tr>
 *   <tr><td>{@link io.portalis.runtime.EventLoop}</td><td>{@code AbstractEventLoop}</td><td>schedule callbacks
 *       ({@code callSoon}, {@code callLater}, {@code callAt}, {@code callSoonThreadsafe}), create futures, read
 *       the loop's {@code time()}, handle errors nobody else can receive</td></tr>
 *   <tr><td>{@link io.portalis.runtime.Future}</td><td>{@code Future}</td><td>build synchronisation: a pending
 *       result that tasks {@code await()} and loop code completes</td></tr>
 *   <tr><td>{@link io.portalis.runtime.Task}</td><td>{@code Task}</td><td>follow or cancel a running
 *       coroutine</td></tr>
 *   <tr><td>{@link io.portalis.runtime.Timeout}, {@link io.portalis.runtime.TaskGroup}</td><td>{@code timeout},
 *       {@code TaskGroup}</td><td>scopes, opened with {@link io.portalis.runtime.Asyncio#timeout} and
 *       {@link io.portalis.runtime.Asyncio#taskGroup}</td></tr>
 *   <tr><td>{@link io.portalis.runtime.CancelledError}, {@link io.portalis.runtime.TimeoutError},
 *       {@link io.portalis.runtime.InvalidStateError}, {@link io.portalis.runtime.ExceptionGroup}</td>
 *       <td>the same names</td><td>the errors; {@code CancelledError} is an {@link java.lang.Error} so that
 *       {@code catch (Exception e)} cannot swallow a cancellation</td></tr>
 *   <tr><td>{@link io.portalis.runtime.sync} ({@code Lock}, {@code Event}, {@code Condition},
 *       {@code Semaphore}, {@code BoundedSemaphore}, {@code Barrier}; trio's {@code CapacityLimiter})</td>
 *       <td>{@code locks.py}</td><td>synchronise tasks, with asyncio's fairness and cancellation rules</td></tr>
 *   <tr><td>{@link io.portalis.runtime.queue} ({@code Queue}, {@code LifoQueue}, {@code PriorityQueue})</td>
 *       <td>{@code queues.py}</td><td>hand work to consumers and {@code join} it, shut down (3.13)</td></tr>
 *   <tr><td>{@link io.portalis.runtime.channel} ({@code Mpsc}, {@code Oneshot}, {@code Broadcast},
 *       {@code Watch})</td><td>(tokio's channels)</td><td>pass messages between tasks, with closing and
 *       back-pressure; the package guide says which channel when</td></tr>
 *   <tr><td>{@link io.portalis.runtime.multithread.MultiThreadRuntime},
 *       {@link io.portalis.runtime.multithread.JoinHandle}</td><td>(tokio's multi-thread runtime)</td><td>run
 *       tasks in parallel on all cores</td></tr>
 *   <tr><td>{@link io.portalis.runtime.Clock}</td><td>(trio's {@code MockClock})</td><td>run a loop on virtual,
 *       auto-advancing time in tests</td></tr>
 *   <tr><td>{@link io.portalis.runtime.Handle}, {@link io.portalis.runtime.TimerHandle},
 *       {@link io.portalis.runtime.Done}, {@link io.portalis.runtime.ReturnWhen},
 *       {@link io.portalis.runtime.Awaitable}, {@link io.portalis.runtime.ScopeBody}</td><td>the same
 *       roles</td><td>values that the above take or return</td></tr>
 * </table>
 *
 * <h2>Building synchronisation primitives</h2>
 * Locks, events and queues are built as CPython's {@code locks.py} and {@code queues.py} are: on the loop's thread,
 * {@link io.portalis.runtime.EventLoop#createFuture()} a waiter, keep it in a FIFO, {@code await()} it (which
 * suspends the task; a cancelled waiter sees {@link io.portalis.runtime.CancelledError} there and the waiter is
 * cancelled), and wake it with {@link io.portalis.runtime.Future#setResult}; the woken task resumes one loop
 * iteration later, after the callbacks already ready. {@link io.portalis.runtime.Future#addDoneCallback} and
 * {@link io.portalis.runtime.EventLoop#callSoon} complete the toolbox. These paths allocate one future and, when
 * a task waits, nothing more.
 *
 * <h2>Scheduling</h2>
 * Identical to CPython 3.11: see {@link io.portalis.runtime.EventLoop}. Differential tests run the same programs
 * here and under CPython and compare the output line by line. A sleep allocates neither a future nor a timer
 * handle, as asyncio's does: the sleeping task is its own entry in the loop's timer heap, and takes the timer's
 * turn in the ready queue when it fires, so its step still runs one iteration later.
 *
 * <h2>Threads</h2>
 * This is the current-thread flavour: a loop and its tasks run on one thread at a time, and every method except
 * {@link io.portalis.runtime.EventLoop#callSoonThreadsafe} and
 * {@link io.portalis.runtime.Asyncio#runCoroutineThreadsafe} must be called on it. Other threads come in through
 * those two, {@link io.portalis.runtime.Asyncio#toThread} and {@link io.portalis.runtime.Asyncio#await}. The
 * state of futures and tasks is confined to the loop's thread. The multi-thread flavour,
 * {@link io.portalis.runtime.multithread.MultiThreadRuntime}, runs one such loop per worker thread and spreads
 * spawned tasks over them; the primitives of {@code sync}, {@code queue} and {@code channel} work unchanged on
 * both flavours.
 *
 * <h2>Engines</h2>
 * Tasks run on a coroutine engine: the JDK's one-shot continuations ({@code jdk.internal.vm.Continuation}, which
 * needs {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} on the {@code java} command line), or, when
 * that export is missing, virtual threads handing control to each other (slower, same behaviour; a one-line
 * notice on standard error says so). The system property {@code portalis.engine} ({@code continuation} or
 * {@code virtual-thread}) forces one.
 */
package io.portalis.runtime;
