package io.portalis.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.portalis.runtime.channel.Mpsc;
import io.portalis.runtime.queue.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items through a bounded queue and a bounded mpsc channel while a chaos task cancels producers and consumers at
 * random points (waiting for room, waiting for an item, woken but not yet resumed, or between operations), and
 * replaces each with a fresh task that carries on. Afterwards every item must have been received exactly once or
 * still be in the queue: none lost, none duplicated.
 *
 * <p>The seed is printed in every failure message; rerun one with {@code -Dportalis.stress.seed=SEED}. The size is
 * {@value #ITEMS} items per run on the continuation engine, a fifth of that on the (slower) virtual-thread engine.
 * A lost wake-up shows as a hang, which the timeout turns into a failure.
 */
@Timeout(120)
class CancellationStressTest {

    static final int ITEMS = 1_000_000;
    static final int PRODUCERS = 4;
    static final int CONSUMERS = 3;
    static final int CAPACITY = 16;

    private final long seed = Long.getLong("portalis.stress.seed", System.nanoTime());
    private final int items = "virtual-thread".equals(System.getProperty("portalis.engine")) ? ITEMS / 5 : ITEMS;

    /** What both scenarios share: progress of each producer's range, receipt counts, and the chaos. */
    private final class Run {
        final SplittableRandom random = new SplittableRandom(seed);
        /** Producer p sends the items {@code p, p + PRODUCERS, ...}; {@code next[p]} is the next one to send. */
        final int[] next = new int[PRODUCERS];
        final byte[] received = new byte[items];
        final Task<?>[] producers = new Task<?>[PRODUCERS];
        final List<Task<?>> consumers = new ArrayList<>();
        int cancellations;

        Run() {
            for (int p = 0; p < PRODUCERS; p++) {
                next[p] = p;
            }
        }

        boolean producersDone() {
            for (int p = 0; p < PRODUCERS; p++) {
                if (next[p] < items) {
                    return false;
                }
            }
            return true;
        }

        void receive(int item) {
            if (received[item] != 0) {
                throw new AssertionError("item " + item + " received twice (seed " + seed + ")");
            }
            received[item] = 1;
        }

        /** Cancels a random producer or consumer every few loop iterations until every item has been sent. */
        void chaos(java.util.function.IntFunction<Task<?>> newProducer,
                java.util.function.Supplier<Task<?>> newConsumer) {
            while (!producersDone()) {
                for (int k = random.nextInt(4); k >= 0; k--) {
                    sleep(0);
                }
                boolean producer = random.nextBoolean();
                int index = random.nextInt(producer ? PRODUCERS : consumers.size());
                Task<?> victim = producer ? producers[index] : consumers.get(index);
                if (victim.done()) {
                    continue;
                }
                victim.cancel();
                cancellations++;
                try {
                    victim.await();
                } catch (CancelledError expected) {
                    // The victim stops; a replacement carries on from where it was.
                }
                if (producer) {
                    producers[index] = newProducer.apply(index);
                } else {
                    consumers.set(index, newConsumer.get());
                }
            }
        }

        void assertEveryItemOnce(List<Integer> leftOver) {
            for (int item : leftOver) {
                receive(item);
            }
            int missing = 0;
            int firstMissing = -1;
            for (int i = 0; i < items; i++) {
                if (received[i] == 0) {
                    if (missing++ == 0) {
                        firstMissing = i;
                    }
                }
            }
            assertThat(missing).as("items lost (first %d) with seed %d", firstMissing, seed).isZero();
            assertThat(cancellations).as("cancellations with seed %d", seed).isGreaterThan(1000);
        }
    }

    @Test
    void boundedQueueLosesAndDuplicatesNothingUnderRandomCancellation() {
        Run run = new Run();
        Queue<Integer> q = new Queue<>(CAPACITY);
        List<Integer> leftOver = EventLoop.newEventLoop(Clock.virtual()).run(() -> {
            class Roles {
                Task<?> producer(int p) {
                    return createTask(() -> {
                        while (run.next[p] < items) {
                            q.put(run.next[p]);
                            // Reached only if the put completed: a cancelled put has not put the item.
                            run.next[p] += PRODUCERS;
                        }
                        return null;
                    });
                }

                Task<?> consumer() {
                    return createTask(() -> {
                        while (true) {
                            run.receive(q.get());
                            q.taskDone();
                            if (run.random.nextInt(8) == 0) {
                                sleep(0);
                            }
                        }
                    });
                }
            }
            Roles roles = new Roles();
            for (int p = 0; p < PRODUCERS; p++) {
                run.producers[p] = roles.producer(p);
            }
            for (int c = 0; c < CONSUMERS; c++) {
                run.consumers.add(roles.consumer());
            }
            run.chaos(roles::producer, roles::consumer);
            for (Task<?> t : run.consumers) {
                t.cancel();
            }
            Asyncio.gatherReturnExceptions(run.consumers);
            List<Integer> rest = new ArrayList<>();
            while (!q.empty()) {
                rest.add(q.getNowait());
            }
            return rest;
        });
        run.assertEveryItemOnce(leftOver);
    }

    @Test
    void boundedMpscChannelLosesAndDuplicatesNothingUnderRandomCancellation() {
        Run run = new Run();
        Mpsc.Channel<Integer> ch = Mpsc.bounded(CAPACITY);
        EventLoop.newEventLoop(Clock.virtual()).run(() -> {
            List<Mpsc.Sender<Integer>> senders = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                senders.add(p == 0 ? ch.sender() : ch.sender().clone());
            }
            class Roles {
                Task<?> producer(int p) {
                    Mpsc.Sender<Integer> tx = senders.get(p);
                    return createTask(() -> {
                        while (run.next[p] < items) {
                            if (p % 2 == 0) {
                                tx.send(run.next[p]);
                            } else {
                                // Half the producers reserve first: the send through the permit cannot suspend.
                                tx.reserve().send(run.next[p]);
                            }
                            run.next[p] += PRODUCERS;
                        }
                        tx.close();
                        return null;
                    });
                }

                Task<?> consumer() {
                    return createTask(() -> {
                        for (int item : ch.receiver()) {
                            run.receive(item);
                            if (run.random.nextInt(8) == 0) {
                                sleep(0);
                            }
                        }
                        return null;
                    });
                }
            }
            Roles roles = new Roles();
            for (int p = 0; p < PRODUCERS; p++) {
                run.producers[p] = roles.producer(p);
            }
            run.consumers.add(roles.consumer());
            run.chaos(roles::producer, roles::consumer);
            for (Task<?> p : run.producers) {
                p.await();
            }
            // Every sender is closed now: the consumer drains the channel and meets the end of the stream.
            run.consumers.getFirst().await();
            return null;
        });
        run.assertEveryItemOnce(List.of());
    }
}
