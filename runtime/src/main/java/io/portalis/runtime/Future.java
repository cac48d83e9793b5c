package io.portalis.runtime;

import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The eventual result of an operation, bound to one {@link EventLoop} (asyncio's {@code Future}).
 *
 * <table>
 *   <caption>States</caption>
 *   <tr><th>state</th><th>{@link #done()}</th><th>{@link #cancelled()}</th><th>{@link #result()}</th></tr>
 *   <tr><td>pending</td><td>false</td><td>false</td><td>throws {@link InvalidStateError}</td></tr>
 *   <tr><td>finished with a result</td><td>true</td><td>false</td><td>returns it</td></tr>
 *   <tr><td>finished with an exception</td><td>true</td><td>false</td><td>throws it</td></tr>
 *   <tr><td>cancelled</td><td>true</td><td>true</td><td>throws {@link CancelledError}</td></tr>
 * </table>
 * A future leaves the pending state once ({@link #setResult}, {@link #setException} or {@link #cancel()}); then each
 * done callback is scheduled with {@link EventLoop#callSoon}, in the order they were added.
 *
 * <p>This is the building block of synchronisation: create a pending future with {@link EventLoop#createFuture()},
 * {@link #await()} it from a task (which suspends the task), and complete or cancel it from other loop code. Every
 * method must be called on the loop's thread; {@link EventLoop#callSoonThreadsafe} brings other threads there.
 *
 * <p>An exception that nobody retrieves (through {@link #result()}, {@link #exception()} or awaiting) is reported
 * to the loop's exception handler when the future is collected or the loop closes.
 *
 * @param <T> the result type
 */
public class Future<T> implements Awaitable<T> {

    enum State { PENDING, CANCELLED, FINISHED }

    final EventLoop loop;
    State state = State.PENDING;
    private T result;
    private Throwable exception;
    String cancelMessage;
    /** The CancelledError the task's body raised, handed out once by {@link #makeCancelledError()}. */
    CancelledError cancelledException;
    /** null, one {@code Consumer}, or an {@code ArrayList} of them: most futures have at most one callback. */
    private Object callbacks;
    private EventLoop.Unretrieved unretrieved;

    Future(EventLoop loop) {
        this.loop = loop;
    }

    /** The loop this future is bound to. */
    public EventLoop getLoop() {
        return loop;
    }

    /** True iff the future has a result, an exception, or was cancelled. */
    public boolean done() {
        return state != State.PENDING;
    }

    /** True iff the future was cancelled. */
    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    /**
     * The result; rethrows the exception (unchanged, even a checked one) if the future finished with one.
     *
     * @throws CancelledError if the future was cancelled
     * @throws InvalidStateError "Result is not set." if it is pending
     */
    public T result() {
        if (state == State.CANCELLED) {
            throw makeCancelledError();
        }
        if (state != State.FINISHED) {
            throw new InvalidStateError("Result is not set.");
        }
        markRetrieved();
        if (exception != null) {
            throw sneaky(exception);
        }
        return result;
    }

    /**
     * The exception the future finished with, or null if it finished with a result.
     *
     * @throws CancelledError if the future was cancelled
     * @throws InvalidStateError "Exception is not set." if it is pending
     */
    public Throwable exception() {
        if (state == State.CANCELLED) {
            throw makeCancelledError();
        }
        if (state != State.FINISHED) {
            throw new InvalidStateError("Exception is not set.");
        }
        markRetrieved();
        return exception;
    }

    /**
     * Completes the future with {@code value} and schedules its done callbacks.
     *
     * @throws InvalidStateError if it is already done
     */
    public void setResult(T value) {
        if (state != State.PENDING) {
            throw new InvalidStateError(state + ": " + this);
        }
        result = value;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    /**
     * Completes the future with {@code exception} and schedules its done callbacks.
     *
     * @throws InvalidStateError if it is already done
     * @throws NullPointerException if {@code exception} is null
     */
    public void setException(Throwable exception) {
        Objects.requireNonNull(exception, "exception");
        if (state != State.PENDING) {
            throw new InvalidStateError(state + ": " + this);
        }
        this.exception = exception;
        state = State.FINISHED;
        scheduleCallbacks();
        unretrieved = loop.trackUnretrieved(this, exception);
    }

    /** Cancels the future without a message; see {@link #cancel(String)}. */
    public final boolean cancel() {
        return cancel(null);
    }

    /**
     * Cancels the future if it is pending, schedules its done callbacks, and returns true; returns false if it was
     * already done. Awaiting it then throws {@link CancelledError} with {@code message}.
     */
    public boolean cancel(String message) {
        return cancelFuture(message);
    }

    final boolean cancelFuture(String message) {
        if (state != State.PENDING) {
            return false;
        }
        state = State.CANCELLED;
        cancelMessage = message;
        scheduleCallbacks();
        return true;
    }

    /**
     * Adds {@code callback}, to be called with this future once it is done; if it is already done the call is
     * scheduled at once. Callbacks always run from the loop ({@link EventLoop#callSoon}), never inline.
     */
    public void addDoneCallback(Consumer<? super Future<T>> callback) {
        Objects.requireNonNull(callback, "callback");
        if (state != State.PENDING) {
            scheduleOne(callback);
            return;
        }
        Object cbs = callbacks;
        if (cbs == null) {
            callbacks = callback;
        } else if (cbs instanceof ArrayList<?> list) {
            @SuppressWarnings("unchecked")
            ArrayList<Object> l = (ArrayList<Object>) list;
            l.add(callback);
        } else {
            ArrayList<Object> list = new ArrayList<>(4);
            list.add(cbs);
            list.add(callback);
            callbacks = list;
        }
    }

    /** Removes every registration of {@code callback} (compared with {@code equals}); returns how many. */
    public int removeDoneCallback(Consumer<? super Future<T>> callback) {
        Object cbs = callbacks;
        if (cbs == null) {
            return 0;
        }
        if (cbs instanceof ArrayList<?> list) {
            int before = list.size();
            list.removeIf(callback::equals);
            int removed = before - list.size();
            if (list.isEmpty()) {
                callbacks = null;
            }
            return removed;
        }
        if (callback.equals(cbs)) {
            callbacks = null;
            return 1;
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private void scheduleCallbacks() {
        Object cbs = callbacks;
        callbacks = null;
        if (cbs == null) {
            return;
        }
        if (cbs instanceof ArrayList<?> list) {
            for (Object cb : list) {
                scheduleOne((Consumer<? super Future<T>>) cb);
            }
        } else {
            scheduleOne((Consumer<? super Future<T>>) cbs);
        }
    }

    @SuppressWarnings("unchecked")
    private void scheduleOne(Consumer<? super Future<T>> callback) {
        loop.scheduleCallback((Consumer<? super Future<?>>) (Consumer<?>) callback, this);
    }

    /**
     * Suspends the current task until this future is done, then returns its result or throws its exception. If it
     * is already done, returns at once without suspending (as {@code await fut} does in asyncio).
     *
     * <p>Cancellation: if the waiting task is cancelled, this future is cancelled too (with the same message) and
     * {@link CancelledError} is thrown here; a future shared by several waiters should be protected with
     * {@link Asyncio#shield}.
     *
     * @throws IllegalStateException when called outside a task, or on a future of another loop
     * @throws CancelledError if this future or the waiting task is cancelled
     */
    @Override
    public T await() {
        if (state == State.PENDING) {
            Task.current().suspendOn(this);
            if (state == State.PENDING) {
                throw new IllegalStateException("await wasn't used with future");
            }
        }
        return result();
    }

    /** The error to throw into a waiter of this done future, or null when it has a result. */
    Throwable outcomeForWaiter() {
        if (state == State.CANCELLED) {
            return makeCancelledError();
        }
        markRetrieved();
        return exception;
    }

    CancelledError makeCancelledError() {
        CancelledError e = cancelledException;
        if (e != null) {
            cancelledException = null;
            return e;
        }
        return new CancelledError(cancelMessage);
    }

    private void markRetrieved() {
        EventLoop.Unretrieved u = unretrieved;
        if (u != null) {
            unretrieved = null;
            loop.retrieved(u);
        }
    }

    final void completeResult(T value) {
        setResultUnchecked(value);
    }

    private void setResultUnchecked(T value) {
        result = value;
        state = State.FINISHED;
        scheduleCallbacks();
    }

    final void completeException(Throwable e) {
        exception = e;
        state = State.FINISHED;
        scheduleCallbacks();
        unretrieved = loop.trackUnretrieved(this, e);
    }

    String stateText() {
        return switch (state) {
            case PENDING -> "pending";
            case CANCELLED -> "cancelled";
            case FINISHED -> exception != null ? "finished exception=" + exception : "finished result=" + result;
        };
    }

    @Override
    public String toString() {
        return "<Future " + stateText() + ">";
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
