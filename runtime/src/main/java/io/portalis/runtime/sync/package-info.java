/**
 * Synchronisation primitives for tasks, with asyncio's exact semantics (CPython's {@code Lib/asyncio/locks.py}).
 *
 * <h2>Which primitive when</h2>
 * <ul>
 *   <li>{@link io.portalis.runtime.sync.Lock}: one task at a time in a critical section that suspends (a plain
 *       section that never suspends needs no lock at all on a current-thread loop). Fair: first come, first
 *       served.</li>
 *   <li>{@link io.portalis.runtime.sync.Event}: "it has happened" for any number of waiters, level-triggered: a task
 *       that waits after the {@code set} does not wait at all. A one-shot value is better sent through a
 *       {@link io.portalis.runtime.channel.Oneshot oneshot channel}.</li>
 *   <li>{@link io.portalis.runtime.sync.Condition}: wait until some state guarded by a lock changes
 *       ({@code waitFor(predicate)}), with the lock held again on return.</li>
 *   <li>{@link io.portalis.runtime.sync.Semaphore}: at most N tasks at once;
 *       {@link io.portalis.runtime.sync.BoundedSemaphore} when an extra release is a bug to be reported.</li>
 *   <li>{@link io.portalis.runtime.sync.CapacityLimiter} (trio's, an extension): at most N borrowers at once, each
 *       holding at most one token, with a total that can change at run time.</li>
 *   <li>{@link io.portalis.runtime.sync.Barrier}: N tasks meet before any goes on; abortable.</li>
 * </ul>
 *
 * <h2>Cancellation</h2>
 * Every method that suspends says in its Javadoc what a cancellation there does. The rule throughout: a cancelled
 * waiter holds nothing when it leaves, and a wake-up (a lock release, a permit, a token) that reached it just
 * before the cancellation is passed to the next waiter instead of being lost.
 *
 * <h2>Threads</h2>
 * A primitive is bound to the loop of the first task that waits on it ({@link io.portalis.runtime.sync.LoopBinding})
 * and must be used on that loop's thread; {@link io.portalis.runtime.EventLoop#callSoonThreadsafe} brings other
 * threads there. A {@link io.portalis.runtime.sync.Lock} bound to a current-thread loop relies on that rule: it
 * takes no monitor there. On a multi-thread runtime the primitives lock themselves and serve every worker.
 */
package io.portalis.runtime.sync;
