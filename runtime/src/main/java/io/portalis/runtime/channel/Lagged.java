package io.portalis.runtime.channel;

/**
 * Thrown by {@link Broadcast.Receiver#recv()} when the receiver fell so far behind that messages it had not read yet
 * were overwritten: {@link #skipped()} says how many. The receiver has moved on to the oldest message still held,
 * so the next receive continues from there.
 */
public class Lagged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long skipped;

    /** A lag of {@code skipped} messages. */
    public Lagged(long skipped) {
        super("receiver lagged behind by " + skipped + " messages");
        this.skipped = skipped;
    }

    /** The number of messages this receiver missed. */
    public long skipped() {
        return skipped;
    }
}
