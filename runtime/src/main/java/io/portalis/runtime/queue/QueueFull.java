package io.portalis.runtime.queue;

/** Thrown by {@link Queue#putNowait} on a full queue (asyncio's {@code QueueFull}). */
public class QueueFull extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error, without a message (as asyncio raises it). */
    public QueueFull() {
        super();
    }
}
