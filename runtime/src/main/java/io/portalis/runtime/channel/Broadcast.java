package io.portalis.runtime.channel;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.sync.LoopBinding;
import io.portalis.runtime.sync.Waiter;

/**
 * A multi-producer, multi-consumer channel where every receiver sees every message (tokio's {@code broadcast}).
 *
 * <p>The channel keeps the last {@code capacity} messages; sending never waits. A receiver that falls further behind
 * than that loses the oldest messages it had not read: its next {@link Receiver#recv()} throws {@link Lagged} with
 * the number skipped, and the one after continues with the oldest message still kept. A receiver made by
 * {@link #subscribe()} sees the messages sent from then on.
 *
 * <p>Closing: once every sender is closed, each receiver gets what is left for it, then the end of the stream
 * ({@code recv()} returns null), and every waiting receiver wakes. A send with no receiver open fails with
 * {@link ChannelClosed}. Messages must not be null.
 *
 * @param <T> the message type
 */
public final class Broadcast<T> {

    private final Object lock = new Object();
    private final LoopBinding binding = new LoopBinding(this);
    private final Object[] ring;
    /** The sequence number the next message gets; message {@code s} sits in {@code ring[s % capacity]}. */
    private long tail;
    private int senders = 1;
    private int receivers = 1;
    private final ArrayDeque<Waiter<Void>> waiting = new ArrayDeque<>();
    private final Sender<T> sender = new Sender<>(this);
    private final Receiver<T> receiver = new Receiver<>(this, 0);

    /**
     * A broadcast channel keeping the last {@code capacity} messages, with one sender and one receiver.
     *
     * @throws IllegalArgumentException if {@code capacity} is less than 1
     */
    public Broadcast(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("broadcast channel capacity must be greater than 0");
        }
        ring = new Object[capacity];
    }

    /** The first sender; {@linkplain Sender#clone() clone} it for more. */
    public Sender<T> sender() {
        return sender;
    }

    /** The first receiver, which sees every message sent. */
    public Receiver<T> receiver() {
        return receiver;
    }

    /** A new receiver, seeing the messages sent from now on. */
    public Receiver<T> subscribe() {
        synchronized (lock) {
            receivers++;
            return new Receiver<>(this, tail);
        }
    }

    private boolean senderClosed() {
        return senders == 0;
    }

    /**
     * A sending handle of a broadcast channel; close each clone when done.
     *
     * @param <T> the message type
     */
    public static final class Sender<T> {
        private final Broadcast<T> channel;
        private boolean closed;

        private Sender(Broadcast<T> channel) {
            this.channel = channel;
        }

        /**
         * Sends {@code message} to every receiver open now; never suspends. The oldest message is dropped when the
         * channel holds {@code capacity} already (receivers that had not read it get {@link Lagged}).
         *
         * @return the number of receivers open
         * @throws ChannelClosed with the message as {@link ChannelClosed#unsent()} if no receiver is open
         * @throws IllegalStateException if this handle is closed
         */
        public int send(T message) {
            Objects.requireNonNull(message, "message");
            Broadcast<T> ch = channel;
            synchronized (ch.lock) {
                if (closed) {
                    throw new IllegalStateException("this sender is closed");
                }
                if (ch.receivers == 0) {
                    throw new ChannelClosed("no broadcast receiver is open", message);
                }
                ch.ring[(int) (ch.tail % ch.ring.length)] = message;
                ch.tail++;
                ch.wakeAll();
                return ch.receivers;
            }
        }

        /** A new receiver, seeing the messages sent from now on; see {@link Broadcast#subscribe()}. */
        public Receiver<T> subscribe() {
            return channel.subscribe();
        }

        /**
         * A new sender handle on the same channel, to be closed separately.
         *
         * @throws IllegalStateException if this handle is closed
         */
        @Override
        public Sender<T> clone() {
            synchronized (channel.lock) {
                if (closed) {
                    throw new IllegalStateException("this sender is closed");
                }
                channel.senders++;
                return new Sender<>(channel);
            }
        }

        /** Closes this handle; once all are closed, receivers reach the end of the stream after what is left. */
        public void close() {
            synchronized (channel.lock) {
                if (!closed) {
                    closed = true;
                    if (--channel.senders == 0) {
                        channel.wakeAll();
                    }
                }
            }
        }

        /** The number of receivers open. */
        public int receiverCount() {
            synchronized (channel.lock) {
                return channel.receivers;
            }
        }
    }

    private void wakeAll() {
        Waiter<Void> w;
        while ((w = waiting.pollFirst()) != null) {
            if (w.wakeable()) {
                w.wake(null);
            }
        }
    }

    /**
     * A receiving handle of a broadcast channel, with its own position in the stream. {@code for (T m : receiver)}
     * receives until the end of the stream (a {@link Lagged} escapes the loop).
     *
     * @param <T> the message type
     */
    public static final class Receiver<T> implements Iterable<T> {
        private final Broadcast<T> channel;
        /** The sequence number of the next message this receiver reads. */
        private long next;
        private boolean closed;

        private Receiver(Broadcast<T> channel, long next) {
            this.channel = channel;
            this.next = next;
        }

        /**
         * Receives the next message, suspending while there is none; returns null at the end of the stream (every
         * sender closed and every message left for this receiver read).
         *
         * <p>Cancellation: throws {@link CancelledError}; this receiver's position does not move, so nothing is
         * missed.
         *
         * @throws Lagged if messages this receiver had not read were overwritten; the next call continues
         * @throws IllegalStateException if this receiver is closed, or outside a task when it has to wait
         */
        @SuppressWarnings("unchecked")
        public T recv() {
            Broadcast<T> ch = channel;
            while (true) {
                Waiter<Void> w;
                synchronized (ch.lock) {
                    Object m = takeLocked();
                    if (m != null) {
                        return (T) m;
                    }
                    if (ch.senderClosed()) {
                        return null;
                    }
                    w = new Waiter<>(ch.binding.loop());
                    ch.waiting.addLast(w);
                }
                w.awaitOrLeave(ch.lock, ch.waiting);
            }
        }

        /**
         * Receives the next message if there is one; never suspends.
         *
         * @return the message, or null if none is waiting
         * @throws Lagged if messages this receiver had not read were overwritten
         * @throws ChannelClosed at the end of the stream
         * @throws IllegalStateException if this receiver is closed
         */
        @SuppressWarnings("unchecked")
        public T tryRecv() {
            synchronized (channel.lock) {
                Object m = takeLocked();
                if (m == null && channel.senderClosed()) {
                    throw new ChannelClosed("broadcast channel closed");
                }
                return (T) m;
            }
        }

        private Object takeLocked() {
            if (closed) {
                throw new IllegalStateException("this receiver is closed");
            }
            Broadcast<T> ch = channel;
            long oldest = ch.tail - ch.ring.length;
            if (next < oldest) {
                long skipped = oldest - next;
                next = oldest;
                throw new Lagged(skipped);
            }
            if (next < ch.tail) {
                Object m = ch.ring[(int) (next % ch.ring.length)];
                next++;
                return m;
            }
            return null;
        }

        /** The number of messages sent that this receiver has not read yet (lost ones included). */
        public long len() {
            synchronized (channel.lock) {
                return channel.tail - next;
            }
        }

        /** Closes this receiver; senders stop counting it. */
        public void close() {
            synchronized (channel.lock) {
                if (!closed) {
                    closed = true;
                    channel.receivers--;
                }
            }
        }

        /**
         * Async iteration: {@code hasNext()} receives (and may suspend or throw {@link Lagged}, see {@link #recv()}),
         * and is false at the end of the stream.
         */
        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private T pending;

                @Override
                public boolean hasNext() {
                    if (pending == null) {
                        pending = recv();
                    }
                    return pending != null;
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("end of stream");
                    }
                    T m = pending;
                    pending = null;
                    return m;
                }
            };
        }
    }
}
