/**
 * Channels: message passing between tasks, in the form tokio made familiar.
 *
 * <h2>Which channel when</h2>
 * <ul>
 *   <li>{@link io.portalis.runtime.channel.Mpsc mpsc} (many producers, one consumer): the work queue of a pipeline
 *       stage or an actor's mailbox. {@link io.portalis.runtime.channel.Mpsc#bounded bounded} gives back-pressure:
 *       a producer that outruns the consumer waits. {@link io.portalis.runtime.channel.Mpsc#unbounded unbounded}
 *       never makes producers wait, so only use it when they cannot outrun the consumer for long.</li>
 *   <li>{@link io.portalis.runtime.channel.Oneshot oneshot}: one value, once: the reply to a request sent through an
 *       mpsc channel, or the result of a job handed to another task.</li>
 *   <li>{@link io.portalis.runtime.channel.Broadcast broadcast} (many producers, many consumers, each consumer sees
 *       every message): events for several listeners. A slow listener loses old messages and is told how many
 *       ({@link io.portalis.runtime.channel.Lagged}) rather than slowing everyone down.</li>
 *   <li>{@link io.portalis.runtime.channel.Watch watch}: the latest value of something that changes, such as
 *       configuration or status; listeners skip intermediate values and never see a backlog.</li>
 * </ul>
 * Compared with {@link io.portalis.runtime.queue.Queue}: a queue has no sides to close and counts processed items
 * ({@code taskDone}/{@code join}); a channel has a sender side and a receiver side, and closing either one is how
 * the other learns that no more will come.
 *
 * <h2>Closing</h2>
 * Closing the last sender ends the stream: receivers first get everything already sent, then the end of the stream
 * ({@code recv()} returns null; {@code for (T m : receiver)} ends). Closing a receiver makes sends fail with
 * {@link io.portalis.runtime.channel.ChannelClosed}, which gives the unsent message back. Every task waiting on
 * either side wakes up when the side it waits for closes.
 *
 * <h2>Cancellation</h2>
 * Receives are cancel-safe: a message is taken only when {@code recv} returns it, so a cancelled receive leaves it in
 * the channel. A cancelled {@code send} has not sent its message (the caller still has it); to make sure a message
 * is never lost between waiting for room and sending, {@linkplain io.portalis.runtime.channel.Mpsc.Sender#reserve()
 * reserve} a slot first: sending through the permit cannot suspend, so it cannot be cancelled.
 */
package io.portalis.runtime.channel;
