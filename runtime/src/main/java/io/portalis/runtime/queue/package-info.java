/**
 * asyncio's queues: {@link io.portalis.runtime.queue.Queue} (FIFO), {@link io.portalis.runtime.queue.LifoQueue} and
 * {@link io.portalis.runtime.queue.PriorityQueue}, with the exact semantics of CPython's {@code Lib/asyncio/queues.py}
 * and 3.13's {@code shutdown}.
 *
 * <p>Use a queue to hand work from producers to a pool of consumers and wait for all of it to be processed
 * ({@code taskDone} and {@code join}). For a stream with an end (the producer closes its side) or one value per
 * request, see the {@linkplain io.portalis.runtime.channel channels}.
 *
 * <p>Cancellation never loses an item: a {@code get} takes an item only when it returns it, and a {@code put} that
 * is cancelled has not put its item.
 */
package io.portalis.runtime.queue;
