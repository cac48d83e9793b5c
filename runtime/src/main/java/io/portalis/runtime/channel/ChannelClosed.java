package io.portalis.runtime.channel;

/**
 * Thrown when a channel operation cannot happen because the other side is gone: a send after the receiver closed
 * (the unsent message is returned by {@link #unsent()}, never silently dropped), or a oneshot or watch receive
 * after the sender closed.
 */
public class ChannelClosed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Object unsent;

    /** A closed-channel error without a message to give back. */
    public ChannelClosed(String message) {
        this(message, null);
    }

    /** A closed-channel error that gives back the message {@code unsent} that could not be sent. */
    public ChannelClosed(String message, Object unsent) {
        super(message);
        this.unsent = unsent;
    }

    /** The message that could not be sent, or null when the error is not about a send. */
    public Object unsent() {
        return unsent;
    }
}
