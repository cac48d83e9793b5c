package io.portalis.runtime.lincheck;

import java.util.ArrayList;
import java.util.List;

import io.portalis.runtime.channel.Broadcast;
import io.portalis.runtime.channel.Lagged;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * A {@link Broadcast} channel with senders on several threads and two receivers, each on a thread of its own, is
 * linearizable with respect to a log of every message sent and a read position per receiver, lag included.
 * Public, as are its operations: Lincheck instantiates and calls it reflectively.
 */
public class BroadcastLincheckTest {

    private final Broadcast<Integer> channel = new Broadcast<>(2);
    private final Broadcast.Receiver<Integer> second = channel.subscribe();

    @Operation
    public int send(int message) {
        return channel.sender().send(message);
    }

    @Operation(nonParallelGroup = "first")
    public String recvFirst() {
        return take(channel.receiver());
    }

    @Operation(nonParallelGroup = "second")
    public String recvSecond() {
        return take(second);
    }

    private static String take(Broadcast.Receiver<Integer> r) {
        try {
            return String.valueOf(r.tryRecv());
        } catch (Lagged e) {
            return "lagged " + e.skipped();
        }
    }

    @Test
    public void modelChecking() {
        new ModelCheckingOptions().iterations(15).invocationsPerIteration(500)
                .sequentialSpecification(Spec.class).check(BroadcastLincheckTest.class);
    }

    @Test
    public void stress() {
        new StressOptions().iterations(5).invocationsPerIteration(200)
                .sequentialSpecification(Spec.class).check(BroadcastLincheckTest.class);
    }

    /** The sequential specification: the whole log of messages, of which the last two are kept. */
    public static final class Spec {
        private final List<Integer> log = new ArrayList<>();
        private final int[] position = new int[2];

        public int send(int message) {
            log.add(message);
            return 2;
        }

        public String recvFirst() {
            return take(0);
        }

        public String recvSecond() {
            return take(1);
        }

        private String take(int receiver) {
            int oldestKept = Math.max(0, log.size() - 2);
            if (position[receiver] < oldestKept) {
                int skipped = oldestKept - position[receiver];
                position[receiver] = oldestKept;
                return "lagged " + skipped;
            }
            if (position[receiver] < log.size()) {
                return String.valueOf(log.get(position[receiver]++));
            }
            return "null";
        }
    }
}
