package io.portalis.runtime.channel;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.sync.LoopBinding;
import io.portalis.runtime.sync.Waiter;

/**
 * Multi-producer, single-consumer channels (tokio's {@code mpsc}): any number of {@link Sender}s, cloned from the
 * first, feed one {@link Receiver} in FIFO order.
 *
 * <ul>
 *   <li>{@link #bounded(int)}: at most {@code capacity} messages in flight; {@link Sender#send} suspends while the
 *       channel is full, which slows fast producers down to the consumer's pace (back-pressure). Senders waiting
 *       for room are served in the order they started waiting.</li>
 *   <li>{@link #unbounded()}: {@code send} never suspends; memory is the only limit.</li>
 * </ul>
 *
 * <p>Closing: when every sender is {@linkplain Sender#close() closed}, the receiver gets what was sent, then the
 * end of the stream ({@code recv()} returns null). When the receiver is {@linkplain Receiver#close() closed}, every
 * send throws {@link ChannelClosed} with the unsent message, every waiting sender wakes to find that out, and the
 * receiver can still drain what was already sent, including what is sent through permits reserved before the close.
 * Messages must not be null.
 *
 * <p>A channel may be used from the worker threads of one multi-thread runtime; on a current-thread loop, wake-ups
 * follow asyncio's ordering (a woken task resumes one loop iteration later).
 */
public final class Mpsc {

    private Mpsc() {
    }

    /**
     * A channel holding at most {@code capacity} messages.
     *
     * @throws IllegalArgumentException if {@code capacity} is less than 1
     */
    public static <T> Channel<T> bounded(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("mpsc bounded channel requires capacity > 0");
        }
        Core<T> core = new Core<>(capacity);
        return new Channel<>(new Sender<>(core), new Receiver<>(core));
    }

    /** A channel whose senders never wait. */
    public static <T> Channel<T> unbounded() {
        Core<T> core = new Core<>(Integer.MAX_VALUE);
        return new Channel<>(new Sender<>(core), new Receiver<>(core));
    }

    /**
     * The two ends of a new channel.
     *
     * @param sender the first sender; {@linkplain Sender#clone() clone} it for more producers
     * @param receiver the only receiver
     * @param <T> the message type
     */
    public record Channel<T>(Sender<T> sender, Receiver<T> receiver) {
    }

    /** The shared state of one channel; every field is guarded by {@link #lock}. */
    private static final class Core<T> {
        final Object lock = new Object();
        final LoopBinding binding = new LoopBinding(this);
        final int capacity;
        final ArrayDeque<T> buffer = new ArrayDeque<>();
        /** Slots promised to senders (permits, and waiters woken for room) but not filled yet. */
        int reserved;
        /** Open sender handles; the stream ends when it drops to zero. */
        int senders = 1;
        boolean receiverClosed;
        final ArrayDeque<Waiter<Void>> waitingSenders = new ArrayDeque<>();
        /** The receiver's waiter while it waits for a message, else null. */
        Waiter<Void> waitingReceiver;

        Core(int capacity) {
            this.capacity = capacity;
        }

        boolean hasRoom() {
            return buffer.size() + reserved < capacity;
        }

        /** Hands each free slot to the next waiting sender, oldest first. */
        void wakeSenders() {
            while (hasRoom()) {
                Waiter<Void> w = waitingSenders.pollFirst();
                if (w == null) {
                    return;
                }
                if (w.wakeable()) {
                    reserved++;
                    w.wake(null);
                }
            }
        }

        void wakeReceiver() {
            Waiter<Void> w = waitingReceiver;
            if (w != null) {
                waitingReceiver = null;
                if (w.wakeable()) {
                    w.wake(null);
                }
            }
        }

        ChannelClosed closed(Object unsent) {
            return new ChannelClosed("channel closed", unsent);
        }

        /** Takes a slot for a sender, waiting for one; throws ChannelClosed if the receiver is gone. */
        void reserveSlot(Object unsent) {
            Waiter<Void> w;
            synchronized (lock) {
                if (receiverClosed) {
                    throw closed(unsent);
                }
                if (hasRoom() && waitingSenders.isEmpty()) {
                    reserved++;
                    return;
                }
                w = new Waiter<>(binding.loop());
                waitingSenders.addLast(w);
            }
            try {
                w.await();
            } catch (CancelledError e) {
                synchronized (lock) {
                    w.abandon();
                    waitingSenders.remove(w);
                    if (w.woken() && !receiverClosed) {
                        // A slot was handed to us: it goes to the next sender instead.
                        reserved--;
                    }
                    wakeSenders();
                }
                throw e;
            } catch (ChannelClosed e) {
                throw closed(unsent);
            }
        }

        /**
         * Puts {@code message} in a slot reserved before. The slot was granted while the receiver was open, so the
         * message is accepted even if the receiver closed since: it will be drained, never dropped.
         */
        void fill(T message) {
            synchronized (lock) {
                reserved--;
                buffer.addLast(message);
                wakeReceiver();
            }
        }
    }

    /**
     * The sending end of an mpsc channel; clone it for each producer and close each clone when done.
     *
     * @param <T> the message type
     */
    public static final class Sender<T> {
        private final Core<T> core;
        /** True iff this handle was closed; guarded by the core's lock. */
        private boolean closed;

        private Sender(Core<T> core) {
            this.core = core;
        }

        /**
         * Sends {@code message}, suspending while a bounded channel is full.
         *
         * <p>Cancellation: throws {@link CancelledError} and the message is not sent (the caller still owns it);
         * a slot that had just been handed to this sender passes to the next one. To keep a message across a
         * cancellation, {@link #reserve()} first and send through the permit, which cannot suspend.
         *
         * @throws ChannelClosed with the message as {@link ChannelClosed#unsent()} if the receiver is closed
         * @throws IllegalStateException if this handle is closed, or outside a task when it has to wait
         */
        public void send(T message) {
            Objects.requireNonNull(message, "message");
            Core<T> c = core;
            synchronized (c.lock) {
                checkOpen();
                if (c.receiverClosed) {
                    throw c.closed(message);
                }
                if (c.hasRoom() && c.waitingSenders.isEmpty()) {
                    c.buffer.addLast(message);
                    c.wakeReceiver();
                    return;
                }
            }
            c.reserveSlot(message);
            c.fill(message);
        }

        /**
         * Sends {@code message} if there is room now; never suspends.
         *
         * @return true iff it was sent; false if the channel is full
         * @throws ChannelClosed with the message if the receiver is closed
         * @throws IllegalStateException if this handle is closed
         */
        public boolean trySend(T message) {
            Objects.requireNonNull(message, "message");
            Core<T> c = core;
            synchronized (c.lock) {
                checkOpen();
                if (c.receiverClosed) {
                    throw c.closed(message);
                }
                if (c.hasRoom() && c.waitingSenders.isEmpty()) {
                    c.buffer.addLast(message);
                    c.wakeReceiver();
                    return true;
                }
                return false;
            }
        }

        /**
         * Reserves a slot, suspending while the channel is full, and returns the permit to fill it: sending through
         * the permit never suspends and never fails for want of room.
         *
         * <p>Cancellation: throws {@link CancelledError} holding no slot (one just handed over passes to the next
         * sender). Nothing was sent, since the message is only given to the permit afterwards.
         *
         * @throws ChannelClosed if the receiver is closed
         * @throws IllegalStateException if this handle is closed, or outside a task when it has to wait
         */
        public Permit<T> reserve() {
            synchronized (core.lock) {
                checkOpen();
            }
            core.reserveSlot(null);
            return new Permit<>(core);
        }

        /**
         * Reserves a slot if one is free now; never suspends.
         *
         * @return the permit, or null if the channel is full
         * @throws ChannelClosed if the receiver is closed
         * @throws IllegalStateException if this handle is closed
         */
        public Permit<T> tryReserve() {
            Core<T> c = core;
            synchronized (c.lock) {
                checkOpen();
                if (c.receiverClosed) {
                    throw c.closed(null);
                }
                if (c.hasRoom() && c.waitingSenders.isEmpty()) {
                    c.reserved++;
                    return new Permit<>(c);
                }
                return null;
            }
        }

        /**
         * A new sender handle on the same channel, to be closed separately.
         *
         * @throws IllegalStateException if this handle is closed
         */
        @Override
        public Sender<T> clone() {
            synchronized (core.lock) {
                checkOpen();
                core.senders++;
                return new Sender<>(core);
            }
        }

        /** Closes this handle; once every handle is closed, the receiver reaches the end of the stream. */
        public void close() {
            synchronized (core.lock) {
                if (!closed) {
                    closed = true;
                    if (--core.senders == 0) {
                        core.wakeReceiver();
                    }
                }
            }
        }

        /** True iff the receiver is closed: nothing can be sent any more. */
        public boolean isClosed() {
            synchronized (core.lock) {
                return core.receiverClosed;
            }
        }

        /** The number of messages that can be sent now without waiting. */
        public int capacity() {
            synchronized (core.lock) {
                return Math.max(0, core.capacity - core.buffer.size() - core.reserved);
            }
        }

        /** The channel's bound ({@link Integer#MAX_VALUE} for an unbounded channel). */
        public int maxCapacity() {
            return core.capacity;
        }

        private void checkOpen() {
            if (closed) {
                throw new IllegalStateException("this sender is closed");
            }
        }
    }

    /**
     * A reserved slot of a bounded channel: {@link #send} fills it, {@link #release()} gives it back unused. Each
     * permit is used once.
     *
     * @param <T> the message type
     */
    public static final class Permit<T> {
        private final Core<T> core;
        private boolean used;

        private Permit(Core<T> core) {
            this.core = core;
        }

        /**
         * Sends {@code message} into the reserved slot; never suspends and never fails for want of room. If the
         * receiver was closed after the reservation, the message is still delivered: the receiver drains it.
         *
         * @throws IllegalStateException if the permit was already used or released
         */
        public void send(T message) {
            Objects.requireNonNull(message, "message");
            use();
            core.fill(message);
        }

        /**
         * Gives the slot back without sending; does nothing if the permit was already used.
         */
        public void release() {
            synchronized (core.lock) {
                if (!used) {
                    used = true;
                    core.reserved--;
                    core.wakeSenders();
                }
            }
        }

        private void use() {
            synchronized (core.lock) {
                if (used) {
                    throw new IllegalStateException("permit already used");
                }
                used = true;
            }
        }
    }

    /**
     * The receiving end of an mpsc channel. {@code for (T m : receiver)} receives until the end of the stream.
     *
     * @param <T> the message type
     */
    public static final class Receiver<T> implements Iterable<T> {
        private final Core<T> core;

        private Receiver(Core<T> core) {
            this.core = core;
        }

        /**
         * Receives the next message, suspending while there is none; returns null at the end of the stream (every
         * sender closed, or this receiver closed, and everything sent already received).
         *
         * <p>Cancellation: throws {@link CancelledError} and takes nothing: a message that arrived meanwhile stays
         * in the channel for the next {@code recv}.
         *
         * @throws IllegalStateException outside a task when it has to wait
         */
        public T recv() {
            Core<T> c = core;
            while (true) {
                Waiter<Void> w;
                synchronized (c.lock) {
                    T message = c.buffer.pollFirst();
                    if (message != null) {
                        c.wakeSenders();
                        return message;
                    }
                    if (c.senders == 0 || c.receiverClosed) {
                        return null;
                    }
                    w = new Waiter<>(c.binding.loop());
                    c.waitingReceiver = w;
                }
                try {
                    w.await();
                } catch (CancelledError e) {
                    synchronized (c.lock) {
                        w.abandon();
                        if (c.waitingReceiver == w) {
                            c.waitingReceiver = null;
                        }
                    }
                    throw e;
                }
            }
        }

        /**
         * Receives the next message if one is there; never suspends.
         *
         * @return the message, or null if none is waiting
         * @throws ChannelClosed at the end of the stream
         */
        public T tryRecv() {
            Core<T> c = core;
            synchronized (c.lock) {
                T message = c.buffer.pollFirst();
                if (message != null) {
                    c.wakeSenders();
                    return message;
                }
                if (c.senders == 0 || c.receiverClosed) {
                    throw new ChannelClosed("channel closed");
                }
                return null;
            }
        }

        /**
         * Closes the channel for sending: senders, waiting or not, get {@link ChannelClosed}; the messages already
         * sent can still be received.
         */
        public void close() {
            Core<T> c = core;
            synchronized (c.lock) {
                if (c.receiverClosed) {
                    return;
                }
                c.receiverClosed = true;
                Waiter<Void> w;
                while ((w = c.waitingSenders.pollFirst()) != null) {
                    if (w.wakeable()) {
                        w.fail(c.closed(null));
                    }
                }
            }
        }

        /** The number of messages waiting to be received. */
        public int len() {
            synchronized (core.lock) {
                return core.buffer.size();
            }
        }

        /** True iff no message is waiting. */
        public boolean isEmpty() {
            return len() == 0;
        }

        /**
         * Async iteration: {@code hasNext()} receives (and may suspend, see {@link #recv()}), and is false at the end
         * of the stream.
         */
        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private T next;

                @Override
                public boolean hasNext() {
                    if (next == null) {
                        next = recv();
                    }
                    return next != null;
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("end of stream");
                    }
                    T m = next;
                    next = null;
                    return m;
                }
            };
        }
    }
}
