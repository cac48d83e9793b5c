package io.portalis.runtime.sync;

import java.util.ArrayDeque;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.Future;

/**
 * A level-triggered flag tasks can wait for (asyncio's {@code Event}): {@link #set()} wakes every waiting task and
 * lets every later {@link #await()} return at once, until {@link #clear()}.
 *
 * <p>Every method must be called on the thread of the loop the event is bound to (see {@link LoopBinding}).
 */
public final class Event {

    private final LoopBinding binding = new LoopBinding(this);
    private boolean value;
    private final ArrayDeque<Future<Boolean>> waiters = new ArrayDeque<>();

    /** A new event, not set. */
    public Event() {
    }

    /** True iff the flag is set. */
    public boolean isSet() {
        return value;
    }

    /** Sets the flag and wakes every task waiting for it; does nothing if it is already set. */
    public void set() {
        if (!value) {
            value = true;
            for (Future<Boolean> fut : waiters) {
                if (!fut.done()) {
                    fut.setResult(true);
                }
            }
        }
    }

    /** Clears the flag: later waiters suspend until the next {@link #set()}. Tasks already woken stay woken. */
    public void clear() {
        value = false;
    }

    /**
     * Returns at once if the flag is set; otherwise suspends the current task until {@link #set()} is called
     * (asyncio's {@code wait}). A task woken by a set returns even if the flag was cleared again meanwhile.
     *
     * <p>Cancellation: throws {@link CancelledError}; the event is unchanged and no other waiter is affected.
     *
     * @throws IllegalStateException outside a task, or on a loop other than the event's
     */
    public void await() {
        if (value) {
            return;
        }
        Future<Boolean> fut = binding.loop().createFuture();
        waiters.addLast(fut);
        try {
            fut.await();
        } finally {
            waiters.removeFirstOccurrence(fut);
        }
    }

    @Override
    public String toString() {
        return "<Event [" + (value ? "set" : "unset") + (waiters.isEmpty() ? "" : ", waiters:" + waiters.size())
                + "]>";
    }
}
