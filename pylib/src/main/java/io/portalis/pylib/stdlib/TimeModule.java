package io.portalis.pylib.stdlib;

import io.portalis.pylib.KeyboardInterrupt;
import io.portalis.pylib.ValueError;

/** Python's {@code time} module: wall-clock and monotonic clocks and {@code sleep}. */
public final class TimeModule {
    private static final long START = System.nanoTime();

    private TimeModule() {
    }

    /**
     * {@code time.time()}.
     *
     * @return seconds since the Unix epoch
     */
    public static double time() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    /**
     * {@code time.time_ns()}.
     *
     * @return nanoseconds since the Unix epoch
     */
    public static long timeNs() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * {@code time.monotonic()}.
     *
     * @return seconds on a clock that never goes back
     */
    public static double monotonic() {
        return (System.nanoTime() - START) / 1e9;
    }

    /**
     * {@code time.perf_counter()}.
     *
     * @return seconds on the highest-resolution monotonic clock
     */
    public static double perfCounter() {
        return (System.nanoTime() - START) / 1e9;
    }

    /**
     * {@code time.perf_counter_ns()}.
     *
     * @return nanoseconds on that clock
     */
    public static long perfCounterNs() {
        return System.nanoTime() - START;
    }

    /**
     * {@code time.sleep(seconds)}: blocks the calling thread (asyncio code sleeps through the runtime instead).
     *
     * @param seconds how long, at least 0
     * @throws ValueError {@code sleep length must be non-negative}
     * @throws KeyboardInterrupt if the thread is interrupted while sleeping
     */
    public static void sleep(double seconds) {
        if (seconds < 0) {
            throw new ValueError("sleep length must be non-negative");
        }
        try {
            Thread.sleep(java.time.Duration.ofNanos((long) (seconds * 1e9)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyboardInterrupt();
        }
    }
}
