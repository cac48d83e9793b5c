package io.portalis.runtime.lincheck;

import java.util.ArrayDeque;

import io.portalis.runtime.queue.Queue;
import io.portalis.runtime.queue.QueueEmpty;
import io.portalis.runtime.queue.QueueFull;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * {@link Queue} called from several threads at once (as tasks on different workers of a multi-thread runtime call
 * it) is linearizable with respect to a plain bounded FIFO.
 * Public, as are its operations: Lincheck instantiates and calls it reflectively.
 */
public class QueueLincheckTest {

    private final Queue<Integer> queue = new Queue<>(2);

    @Operation
    public boolean putNowait(int item) {
        try {
            queue.putNowait(item);
            return true;
        } catch (QueueFull e) {
            return false;
        }
    }

    @Operation
    public Integer getNowait() {
        try {
            return queue.getNowait();
        } catch (QueueEmpty e) {
            return null;
        }
    }

    @Operation
    public int qsize() {
        return queue.qsize();
    }

    @Operation
    public boolean taskDone() {
        try {
            queue.taskDone();
            return true;
        } catch (IllegalArgumentException tooMany) {
            return false;
        }
    }

    @Test
    public void modelChecking() {
        new ModelCheckingOptions().iterations(15).invocationsPerIteration(500)
                .sequentialSpecification(Spec.class).check(QueueLincheckTest.class);
    }

    @Test
    public void stress() {
        new StressOptions().iterations(5).invocationsPerIteration(200)
                .sequentialSpecification(Spec.class).check(QueueLincheckTest.class);
    }

    /** The sequential specification: a bounded FIFO with a count of unfinished items. */
    public static final class Spec {
        private final ArrayDeque<Integer> items = new ArrayDeque<>();
        private int unfinished;

        public boolean putNowait(int item) {
            if (items.size() >= 2) {
                return false;
            }
            items.addLast(item);
            unfinished++;
            return true;
        }

        public Integer getNowait() {
            return items.pollFirst();
        }

        public int qsize() {
            return items.size();
        }

        public boolean taskDone() {
            if (unfinished == 0) {
                return false;
            }
            unfinished--;
            return true;
        }
    }
}
