package io.portalis.runtime.lincheck;

import java.util.ArrayDeque;

import io.portalis.runtime.channel.ChannelClosed;
import io.portalis.runtime.channel.Mpsc;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * A bounded {@link Mpsc} channel with senders on several threads and its one receiver on another is linearizable
 * with respect to a bounded FIFO with permits and a close flag.
 * Public, as are its operations: Lincheck instantiates and calls it reflectively.
 */
public class MpscLincheckTest {

    private final Mpsc.Channel<Integer> channel = Mpsc.bounded(2);

    @Operation
    public boolean trySend(int message) {
        try {
            return channel.sender().trySend(message);
        } catch (ChannelClosed e) {
            return false;
        }
    }

    /**
     * Reserves a slot and fills it: never blocks, and takes effect at the reservation even if the receiver closes
     * before the fill (the message is then drained, not dropped).
     */
    @Operation
    public boolean reserveAndSend(int message) {
        try {
            Mpsc.Permit<Integer> permit = channel.sender().tryReserve();
            if (permit == null) {
                return false;
            }
            permit.send(message);
            return true;
        } catch (ChannelClosed e) {
            return false;
        }
    }

    @Operation(nonParallelGroup = "receiver")
    public Integer tryRecv() {
        try {
            return channel.receiver().tryRecv();
        } catch (ChannelClosed e) {
            return -1;
        }
    }

    @Operation(nonParallelGroup = "receiver")
    public void closeReceiver() {
        channel.receiver().close();
    }

    @Test
    public void modelChecking() {
        new ModelCheckingOptions().iterations(15).invocationsPerIteration(500)
                .sequentialSpecification(Spec.class).check(MpscLincheckTest.class);
    }

    @Test
    public void stress() {
        new StressOptions().iterations(5).invocationsPerIteration(200)
                .sequentialSpecification(Spec.class).check(MpscLincheckTest.class);
    }

    /** The sequential specification: a bounded FIFO that refuses sends once the receiver closed. */
    public static final class Spec {
        private final ArrayDeque<Integer> items = new ArrayDeque<>();
        private boolean closed;

        public boolean trySend(int message) {
            if (closed || items.size() >= 2) {
                return false;
            }
            items.addLast(message);
            return true;
        }

        public boolean reserveAndSend(int message) {
            return trySend(message);
        }

        public Integer tryRecv() {
            Integer m = items.pollFirst();
            if (m == null && closed) {
                return -1;
            }
            return m;
        }

        public void closeReceiver() {
            closed = true;
        }
    }
}
