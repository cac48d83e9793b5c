package io.portalis.runtime;

/**
 * A callback scheduled for a point in time by {@link EventLoop#callLater} or {@link EventLoop#callAt}.
 * Timers run in order of deadline, and timers with the same deadline in the order they were scheduled.
 */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {
    final long deadlineNanos;
    final long sequence;
    /** True iff the timer is still in the loop's heap (so a cancel must be counted for lazy removal). */
    boolean scheduled = true;

    TimerHandle(EventLoop loop, Runnable callback, long deadlineNanos, long sequence) {
        super(loop, callback);
        this.deadlineNanos = deadlineNanos;
        this.sequence = sequence;
    }

    /** The loop time, in seconds, at which the callback is due. */
    public double when() {
        return loop.toSeconds(deadlineNanos);
    }

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            if (scheduled) {
                loop.timerCancelled();
            }
        }
    }

    @Override
    public int compareTo(TimerHandle other) {
        int byDeadline = Long.compare(deadlineNanos, other.deadlineNanos);
        return byDeadline != 0 ? byDeadline : Long.compare(sequence, other.sequence);
    }
}
