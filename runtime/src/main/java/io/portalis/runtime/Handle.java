package io.portalis.runtime;

/**
 * A callback scheduled on an {@link EventLoop} by {@link EventLoop#callSoon}; {@link #cancel()} keeps it from running.
 * Handles of timers are {@link TimerHandle}s.
 */
public class Handle {
    final EventLoop loop;
    private final Runnable callback;
    /** True iff {@link #cancel()} was called: the loop then skips the callback when it reaches it. */
    boolean cancelled;

    Handle(EventLoop loop, Runnable callback) {
        this.loop = loop;
        this.callback = callback;
    }

    /** Keeps the callback from running if it has not run yet; does nothing otherwise. Call it on the loop's thread. */
    public void cancel() {
        cancelled = true;
    }

    /** True iff {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Runs the callback, reporting what it throws to the loop's exception handler as asyncio's Handle does. */
    void run() {
        try {
            callback.run();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            loop.reportCallbackFailure(callback, e);
        }
    }
}
