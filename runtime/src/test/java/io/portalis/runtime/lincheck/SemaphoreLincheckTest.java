package io.portalis.runtime.lincheck;

import io.portalis.runtime.sync.BoundedSemaphore;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * A {@link BoundedSemaphore} acquired and released from several threads at once is linearizable with respect to a
 * counter between zero and its bound.
 * Public, as are its operations: Lincheck instantiates and calls it reflectively.
 */
public class SemaphoreLincheckTest {

    private final BoundedSemaphore semaphore = new BoundedSemaphore(2);

    @Operation
    public boolean tryAcquire() {
        return semaphore.tryAcquire();
    }

    @Operation
    public boolean release() {
        try {
            semaphore.release();
            return true;
        } catch (IllegalArgumentException overReleased) {
            return false;
        }
    }

    @Operation
    public boolean locked() {
        return semaphore.locked();
    }

    @Operation
    public int value() {
        return semaphore.value();
    }

    @Test
    public void modelChecking() {
        new ModelCheckingOptions().iterations(15).invocationsPerIteration(500)
                .sequentialSpecification(Spec.class).check(SemaphoreLincheckTest.class);
    }

    @Test
    public void stress() {
        new StressOptions().iterations(5).invocationsPerIteration(200)
                .sequentialSpecification(Spec.class).check(SemaphoreLincheckTest.class);
    }

    /** The sequential specification: a counter of free permits, bounded by 2. */
    public static final class Spec {
        private int free = 2;

        public boolean tryAcquire() {
            if (free == 0) {
                return false;
            }
            free--;
            return true;
        }

        public boolean release() {
            if (free >= 2) {
                return false;
            }
            free++;
            return true;
        }

        public boolean locked() {
            return free == 0;
        }

        public int value() {
            return free;
        }
    }
}
