package io.portalis.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * The loop's source of time, and how the loop waits for its next timer.
 *
 * <p>{@link #system()} is the monotonic clock of the JVM: waiting really parks the loop's thread. {@link #virtual()}
 * is a test clock in the manner of trio's autojump {@code MockClock}: whenever the loop has nothing ready and would
 * wait for a timer, virtual time jumps straight to that timer's deadline, so a test of a ten-second timeout runs in
 * microseconds and with the exact ordering it would have in real time. While no timer is pending, a loop on the
 * virtual clock waits for other threads ({@link EventLoop#callSoonThreadsafe}) as a real loop does. Because time
 * jumps as soon as the loop is idle, work done on other threads (for example {@link Asyncio#toThread}) takes zero
 * virtual time.
 */
public interface Clock {

    /** The current time in nanoseconds, from an arbitrary origin; never decreases. */
    long nanoTime();

    /**
     * Blocks the loop's thread for at most {@code nanos} nanoseconds ({@code Long.MAX_VALUE}: no limit), returning
     * early when {@link EventLoop#callSoonThreadsafe} wakes it.
     */
    void idle(long nanos);

    /** The JVM's monotonic clock ({@link System#nanoTime()}); waiting parks the loop's thread. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }

    /** A fresh auto-advancing virtual clock starting at zero; each loop should get its own. */
    static Clock virtual() {
        return new VirtualClock();
    }

    /** The system clock. */
    final class SystemClock implements Clock {
        static final SystemClock INSTANCE = new SystemClock();

        private SystemClock() {
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void idle(long nanos) {
            if (nanos == Long.MAX_VALUE) {
                LockSupport.park(this);
            } else if (nanos > 0) {
                LockSupport.parkNanos(this, nanos);
            }
        }
    }

    /** The auto-advancing virtual clock; see {@link Clock}. */
    final class VirtualClock implements Clock {
        private volatile long now;

        private VirtualClock() {
        }

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void idle(long nanos) {
            if (nanos == Long.MAX_VALUE) {
                LockSupport.park(this);
            } else if (nanos > 0) {
                now += nanos;
            }
        }
    }
}
