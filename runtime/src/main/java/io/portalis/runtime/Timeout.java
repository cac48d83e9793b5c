package io.portalis.runtime;

/**
 * A deadline on a block of code inside a task, as Python 3.11's {@code asyncio.timeout()}: when the deadline
 * passes, the task is cancelled, and the scope turns the resulting {@link CancelledError} into a
 * {@link TimeoutError} at its exit, unless the task was also cancelled from elsewhere (then the cancellation
 * propagates). Obtain one through {@link Asyncio#timeout} or {@link Asyncio#timeoutAt}.
 *
 * <table>
 *   <caption>States (timeouts.py's {@code _State})</caption>
 *   <tr><th>state</th><th>meaning</th></tr>
 *   <tr><td>CREATED</td><td>not entered yet</td></tr>
 *   <tr><td>ENTERED</td><td>the body runs; the deadline may be rescheduled</td></tr>
 *   <tr><td>EXPIRING</td><td>the deadline passed and the task was cancelled; the body has not exited yet</td></tr>
 *   <tr><td>EXPIRED</td><td>the scope exited after expiring</td></tr>
 *   <tr><td>EXITED</td><td>the scope exited before its deadline</td></tr>
 * </table>
 */
public final class Timeout {

    enum State { CREATED, ENTERED, EXPIRING, EXPIRED, EXITED }

    private State state = State.CREATED;
    private Double when;
    private Handle handler;
    private Task<?> task;

    Timeout(Double when) {
        this.when = when;
    }

    /** The deadline in loop time (seconds, see {@link EventLoop#time()}), or null for none. */
    public Double when() {
        return when;
    }

    /**
     * Moves the deadline to loop time {@code when} (null: no deadline); a deadline already past expires the scope
     * in the next loop iteration.
     *
     * @throws IllegalStateException if the scope is not running its body (not entered, expiring or exited)
     */
    public void reschedule(Double when) {
        if (state != State.ENTERED) {
            throw new IllegalStateException("Cannot change state of " + state.name().toLowerCase(java.util.Locale.ROOT) + " Timeout");
        }
        this.when = when;
        if (handler != null) {
            handler.cancel();
        }
        if (when == null) {
            handler = null;
        } else {
            EventLoop loop = EventLoop.running();
            handler = when <= loop.time() ? loop.callSoon(this::onTimeout) : loop.callAt(when, this::onTimeout);
        }
    }

    /** True iff the deadline has passed (the scope is expiring or has expired). */
    public boolean expired() {
        return state == State.EXPIRING || state == State.EXPIRED;
    }

    <T> T run(ScopeBody<Timeout, T> body) {
        enter();
        T result;
        try {
            result = body.run(this);
        } catch (Throwable e) {
            throw Future.sneaky(exit(e));
        }
        Throwable replaced = exit(null);
        if (replaced != null) {
            throw Future.sneaky(replaced);
        }
        return result;
    }

    private void enter() {
        if (state != State.CREATED) {
            throw new IllegalStateException("Timeout has already been entered");
        }
        state = State.ENTERED;
        task = EventLoop.running().currentTask();
        if (task == null) {
            throw new IllegalStateException("Timeout should be used inside a task");
        }
        reschedule(when);
    }

    /** Leaves the scope; returns what the scope throws: {@code exc} itself, a TimeoutError for it, or null. */
    private Throwable exit(Throwable exc) {
        if (handler != null) {
            handler.cancel();
            handler = null;
        }
        if (state == State.EXPIRING) {
            state = State.EXPIRED;
            if (task.uncancel() == 0 && exc instanceof CancelledError) {
                // No other cancellation request is outstanding: this one was ours.
                return new TimeoutError(exc);
            }
        } else if (state == State.ENTERED) {
            state = State.EXITED;
        }
        return exc;
    }

    private void onTimeout() {
        task.cancel();
        state = State.EXPIRING;
        handler = null;
    }

    @Override
    public String toString() {
        return "<Timeout [" + state + "]" + (state == State.ENTERED ? " when=" + when : "") + ">";
    }
}
