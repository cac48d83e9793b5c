package io.portalis.runtime.channel;

import java.util.Objects;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.sync.LoopBinding;
import io.portalis.runtime.sync.Waiter;

/**
 * A channel for exactly one value (tokio's {@code oneshot}): one side {@linkplain #send sends} it once, the other
 * {@linkplain #recv() receives} it. Either side may give up: {@link #closeSender()} without sending makes the receive
 * fail with {@link ChannelClosed}, and {@link #close()} by the receiver makes the send fail, giving the value back.
 *
 * <p>A {@link io.portalis.runtime.Future} does the same job for code on one loop; a oneshot adds the closing
 * protocol and may be used across the worker threads of a multi-thread runtime.
 *
 * @param <T> the value type; the value must not be null
 */
public final class Oneshot<T> {

    private enum State { EMPTY, SENT, RECEIVED, SENDER_CLOSED, RECEIVER_CLOSED }

    private final Object lock = new Object();
    private final LoopBinding binding = new LoopBinding(this);
    private State state = State.EMPTY;
    private T value;
    private Waiter<Void> waiter;

    /** A new, empty oneshot channel. */
    public Oneshot() {
    }

    /**
     * Sends the value; never suspends.
     *
     * @throws ChannelClosed with {@code value} as {@link ChannelClosed#unsent()} if the receiver closed
     * @throws IllegalStateException if a value was already sent or the sender was closed
     */
    public void send(T value) {
        Objects.requireNonNull(value, "value");
        synchronized (lock) {
            switch (state) {
                case RECEIVER_CLOSED -> throw new ChannelClosed("oneshot receiver closed", value);
                case EMPTY -> {
                    this.value = value;
                    state = State.SENT;
                    wake();
                }
                default -> throw new IllegalStateException("oneshot sender already used");
            }
        }
    }

    /** Gives up sending: the receiver gets {@link ChannelClosed}. Does nothing if a value was already sent. */
    public void closeSender() {
        synchronized (lock) {
            if (state == State.EMPTY) {
                state = State.SENDER_CLOSED;
                wake();
            }
        }
    }

    private void wake() {
        Waiter<Void> w = waiter;
        if (w != null) {
            waiter = null;
            if (w.wakeable()) {
                w.wake(null);
            }
        }
    }

    /**
     * Waits for the value and returns it.
     *
     * <p>Cancellation: throws {@link CancelledError}; a value sent meanwhile stays in the channel for the next
     * {@code recv}.
     *
     * @throws ChannelClosed if the sender closed without sending, or the receiver was closed before a value came
     * @throws IllegalStateException if the value was already received, or outside a task when it has to wait
     */
    public T recv() {
        while (true) {
            Waiter<Void> w;
            synchronized (lock) {
                T v = takeLocked();
                if (v != null) {
                    return v;
                }
                w = new Waiter<>(binding.loop());
                waiter = w;
            }
            try {
                w.await();
            } catch (CancelledError e) {
                synchronized (lock) {
                    w.abandon();
                    if (waiter == w) {
                        waiter = null;
                    }
                }
                throw e;
            }
        }
    }

    /**
     * The value if it has been sent; never suspends.
     *
     * @return the value, or null if it has not been sent yet
     * @throws ChannelClosed if the sender closed without sending, or the receiver was closed
     * @throws IllegalStateException if the value was already received
     */
    public T tryRecv() {
        synchronized (lock) {
            return takeLocked();
        }
    }

    private T takeLocked() {
        return switch (state) {
            case SENT -> {
                T v = value;
                value = null;
                state = State.RECEIVED;
                yield v;
            }
            case EMPTY -> null;
            case RECEIVED -> throw new IllegalStateException("oneshot value already received");
            case SENDER_CLOSED -> throw new ChannelClosed("oneshot sender closed without sending");
            case RECEIVER_CLOSED -> throw new ChannelClosed("oneshot receiver closed");
        };
    }

    /**
     * Closes the receiving side: a later {@link #send} fails and gives its value back. A value sent before the close
     * is kept and can still be received.
     */
    public void close() {
        synchronized (lock) {
            if (state == State.EMPTY) {
                state = State.RECEIVER_CLOSED;
            }
        }
    }

    /** True iff a send can no longer succeed: the receiver closed, or the value was already sent or given up. */
    public boolean isClosed() {
        synchronized (lock) {
            return state != State.EMPTY;
        }
    }
}
