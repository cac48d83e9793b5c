package io.portalis.runtime.queue;

/**
 * Thrown by any put, and by a get on an empty queue, once the queue is {@linkplain Queue#shutdown(boolean) shut
 * down} (asyncio 3.13's {@code QueueShutDown}).
 */
public class QueueShutDown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error, without a message (as asyncio raises it). */
    public QueueShutDown() {
        super();
    }
}
