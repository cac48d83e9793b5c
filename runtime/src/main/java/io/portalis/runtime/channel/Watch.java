package io.portalis.runtime.channel;

import java.util.ArrayDeque;
import java.util.Objects;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.sync.LoopBinding;
import io.portalis.runtime.sync.Waiter;

/**
 * A single value that changes over time, watched by any number of receivers (tokio's {@code watch}): receivers see
 * only the latest value, never a backlog, and {@link Receiver#changed()} waits for the next change. Suited to
 * configuration, status and shutdown signals.
 *
 * <p>The channel itself is the sending side ({@link #send}, {@link #close()}); {@link #subscribe()} makes
 * receivers. Closing wakes every waiting receiver, and {@code changed()} then fails with {@link ChannelClosed} once
 * the receiver has seen the last value.
 *
 * @param <T> the value type; values must not be null
 */
public final class Watch<T> {

    private final Object lock = new Object();
    private final LoopBinding binding = new LoopBinding(this);
    private T value;
    /** Incremented by each send: a receiver has seen the value iff its version equals this. */
    private long version;
    private boolean closed;
    private int receivers;
    private final ArrayDeque<Waiter<Void>> waiting = new ArrayDeque<>();

    /** A watch channel holding {@code initial}, with no receiver yet. */
    public Watch(T initial) {
        this.value = Objects.requireNonNull(initial, "initial");
    }

    /** The current value. */
    public T borrow() {
        synchronized (lock) {
            return value;
        }
    }

    /**
     * Replaces the value and wakes every receiver waiting for a change; never suspends.
     *
     * @throws ChannelClosed with the value as {@link ChannelClosed#unsent()} if no receiver is open (the value is
     *     not stored then, as in tokio; {@link #sendReplace} always stores)
     * @throws IllegalStateException if the channel was closed
     */
    public void send(T value) {
        Objects.requireNonNull(value, "value");
        synchronized (lock) {
            checkOpen();
            if (receivers == 0) {
                throw new ChannelClosed("no watch receiver is open", value);
            }
            store(value);
        }
    }

    /**
     * Replaces the value whether or not a receiver is open, wakes the waiting receivers, and returns the old value.
     *
     * @throws IllegalStateException if the channel was closed
     */
    public T sendReplace(T value) {
        Objects.requireNonNull(value, "value");
        synchronized (lock) {
            checkOpen();
            T old = this.value;
            store(value);
            return old;
        }
    }

    private void store(T v) {
        value = v;
        version++;
        wakeAll();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("watch channel closed");
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

    /** Closes the sending side: receivers keep the last value, and their {@code changed()} fails from then on. */
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                wakeAll();
            }
        }
    }

    /** A new receiver that has seen the current value. */
    public Receiver<T> subscribe() {
        synchronized (lock) {
            receivers++;
            return new Receiver<>(this, version);
        }
    }

    /** The number of receivers open. */
    public int receiverCount() {
        synchronized (lock) {
            return receivers;
        }
    }

    /**
     * A receiving handle of a watch channel, remembering which value it has seen.
     *
     * @param <T> the value type
     */
    public static final class Receiver<T> {
        private final Watch<T> channel;
        private long seen;
        private boolean closed;

        private Receiver(Watch<T> channel, long seen) {
            this.channel = channel;
            this.seen = seen;
        }

        /** The current value, without marking it seen. */
        public T borrow() {
            return channel.borrow();
        }

        /** The current value, marked seen. */
        public T borrowAndUpdate() {
            synchronized (channel.lock) {
                seen = channel.version;
                return channel.value;
            }
        }

        /**
         * True iff a value this receiver has not seen was sent.
         *
         * @throws ChannelClosed if the channel is closed and the last value was seen
         */
        public boolean hasChanged() {
            synchronized (channel.lock) {
                boolean changed = seen != channel.version;
                if (!changed && channel.closed) {
                    throw new ChannelClosed("watch channel closed");
                }
                return changed;
            }
        }

        /**
         * Waits until a value this receiver has not seen is sent (returns at once if one already was), and marks it
         * seen; read it with {@link #borrow()}.
         *
         * <p>Cancellation: throws {@link CancelledError}; nothing is marked seen, so the change is reported by the
         * next call.
         *
         * @throws ChannelClosed if the channel is closed and the last value was seen
         * @throws IllegalStateException if this receiver is closed, or outside a task when it has to wait
         */
        public void changed() {
            Watch<T> ch = channel;
            while (true) {
                Waiter<Void> w;
                synchronized (ch.lock) {
                    if (closed) {
                        throw new IllegalStateException("this receiver is closed");
                    }
                    if (seen != ch.version) {
                        seen = ch.version;
                        return;
                    }
                    if (ch.closed) {
                        throw new ChannelClosed("watch channel closed");
                    }
                    w = new Waiter<>(ch.binding.loop());
                    ch.waiting.addLast(w);
                }
                w.awaitOrLeave(ch.lock, ch.waiting);
            }
        }

        /** A new receiver that has seen what this one has seen. */
        @Override
        public Receiver<T> clone() {
            synchronized (channel.lock) {
                channel.receivers++;
                return new Receiver<>(channel, seen);
            }
        }

        /** Closes this receiver; once all are closed, {@link Watch#send} fails. */
        public void close() {
            synchronized (channel.lock) {
                if (!closed) {
                    closed = true;
                    channel.receivers--;
                }
            }
        }
    }
}
