package io.portalis.runtime.queue;

/** Thrown by {@link Queue#getNowait} on an empty queue (asyncio's {@code QueueEmpty}). */
public class QueueEmpty extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error, without a message (as asyncio raises it). */
    public QueueEmpty() {
        super();
    }
}
