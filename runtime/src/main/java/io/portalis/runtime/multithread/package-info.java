/**
 * The multi-thread flavour of the runtime: {@link io.portalis.runtime.multithread.MultiThreadRuntime} runs one
 * event loop per worker thread and spreads spawned tasks over them, stealing tasks that have not started yet;
 * {@link io.portalis.runtime.multithread.JoinHandle} follows a spawned task from any thread.
 *
 * <h2>Which flavour when</h2>
 * The current-thread flavour ({@link io.portalis.runtime.Asyncio#run}) orders everything exactly as CPython's
 * asyncio does and needs no thought about threads: use it for translated programs, tests, and I/O-bound services.
 * Use the multi-thread flavour when tasks compete for CPU. Each task still runs on one worker, with asyncio's
 * semantics there; what changes is that tasks of different workers run at the same time, so state they share
 * must be guarded (a {@link io.portalis.runtime.sync.Lock} or a channel, both safe across workers), and the
 * relative order of tasks on different workers is not defined.
 */
package io.portalis.runtime.multithread;
