package io.portalis.runtime.multithread;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.portalis.runtime.Asyncio;
import io.portalis.runtime.CancelledError;
import io.portalis.runtime.channel.Broadcast;
import io.portalis.runtime.channel.Mpsc;
import io.portalis.runtime.channel.Oneshot;
import io.portalis.runtime.channel.Watch;
import io.portalis.runtime.queue.Queue;
import io.portalis.runtime.sync.Barrier;
import io.portalis.runtime.sync.Condition;
import io.portalis.runtime.sync.Event;
import io.portalis.runtime.sync.Held;
import io.portalis.runtime.sync.Lock;
import io.portalis.runtime.sync.Semaphore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The multi-thread flavour: spawning, joining, cancelling across workers, and every primitive shared by tasks that
 * run on different worker threads. Assertions are on invariants (counts, sums, exclusion), never on timing.
 */
@Timeout(60)
class MultiThreadRuntimeTest {

    static final int WORKERS = 2;

    /** Busy work long enough that an idle worker steals part of a batch. */
    static long spin(int micros) {
        long end = System.nanoTime() + micros * 1000L;
        long x = 0;
        while (System.nanoTime() < end) {
            x++;
        }
        return x;
    }

    @Test
    void spawnedTasksRunOnSeveralWorkersAndJoinGivesTheirResults() {
        // Loops, not threads: on the virtual-thread engine every task body has a thread of its own.
        Set<Object> loops = ConcurrentHashMap.newKeySet();
        long sum;
        try (MultiThreadRuntime rt = MultiThreadRuntime.start(WORKERS)) {
            sum = rt.blockOn(() -> {
                List<JoinHandle<Integer>> hs = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    int index = i;
                    hs.add(MultiThreadRuntime.current().spawn(() -> {
                        loops.add(Asyncio.getRunningLoop());
                        spin(200);
                        return index;
                    }));
                }
                long s = 0;
                for (JoinHandle<Integer> h : hs) {
                    s += h.join();
                }
                return s;
            });
        }
        assertThat(sum).isEqualTo(400L * 399 / 2);
        assertThat(loops).hasSize(WORKERS);
    }

    @Test
    void blockOnRethrowsTheExceptionAndTheRuntimeStaysUsable() {
        try (MultiThreadRuntime rt = MultiThreadRuntime.start(WORKERS)) {
            assertThatThrownBy(() -> rt.blockOn(() -> {
                throw new IllegalArgumentException("boom");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("boom");
            assertThat(rt.blockOn(() -> "still fine")).isEqualTo("still fine");
            assertThat(rt.workers()).isEqualTo(WORKERS);
        }
    }

    @Test
    void cancelFromAnotherWorkerStopsARunningTask() {
        String outcome = MultiThreadRuntime.run(() -> {
            Event started = new Event();
            JoinHandle<String> sleeper = MultiThreadRuntime.current().spawn(() -> {
                started.set();
                Asyncio.sleep(3600);
                return "woke";
            });
            started.await();
            assertThat(sleeper.cancel()).isTrue();
            try {
                sleeper.join();
                return "not cancelled";
            } catch (CancelledError e) {
                return "cancelled " + sleeper.isCancelled();
            }
        });
        assertThat(outcome).isEqualTo("cancelled true");
    }

    @Test
    void misuseIsRefused() {
        assertThatThrownBy(() -> MultiThreadRuntime.start(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(MultiThreadRuntime::current).isInstanceOf(IllegalStateException.class);
        MultiThreadRuntime rt = MultiThreadRuntime.start(1);
        assertThatThrownBy(() -> rt.blockOn(() -> {
            rt.close();
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("worker thread");
        rt.close();
        assertThatThrownBy(() -> rt.spawn(() -> 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lockExcludesTasksOfAllWorkers() {
        int tasks = 200;
        int rounds = 50;
        int[] counter = {0};
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        MultiThreadRuntime.run(() -> {
            Lock lock = new Lock();
            List<JoinHandle<Void>> hs = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                hs.add(MultiThreadRuntime.current().spawn(() -> {
                    for (int r = 0; r < rounds; r++) {
                        try (Held h = lock.acquired()) {
                            if (inside.incrementAndGet() != 1) {
                                overlaps.incrementAndGet();
                            }
                            int c = counter[0];
                            Asyncio.sleep(0);
                            counter[0] = c + 1;
                            inside.decrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (JoinHandle<Void> h : hs) {
                h.join();
            }
            return null;
        });
        assertThat(overlaps.get()).isZero();
        assertThat(counter[0]).isEqualTo(tasks * rounds);
    }

    @Test
    void semaphoreBoundsConcurrencyAcrossWorkers() {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        MultiThreadRuntime.run(() -> {
            Semaphore sem = new Semaphore(3);
            List<JoinHandle<Void>> hs = new ArrayList<>();
            for (int t = 0; t < 100; t++) {
                hs.add(MultiThreadRuntime.current().spawn(() -> {
                    try (Held h = sem.acquired()) {
                        max.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        spin(50);
                        Asyncio.sleep(0);
                        inside.decrementAndGet();
                    }
                    return null;
                }));
            }
            for (JoinHandle<Void> h : hs) {
                h.join();
            }
            assertThat(sem.value()).isEqualTo(3);
            return null;
        });
        assertThat(max.get()).isBetween(1, 3);
    }

    @Test
    void queueAndMpscCarryEveryItemBetweenWorkers() {
        int n = 100_000;
        long[] sums = MultiThreadRuntime.run(() -> {
            MultiThreadRuntime rt = MultiThreadRuntime.current();
            Queue<Integer> q = new Queue<>(64);
            Mpsc.Channel<Integer> ch = Mpsc.bounded(64);
            Mpsc.Sender<Integer> tx2 = ch.sender().clone();
            JoinHandle<Void> p1 = rt.spawn(() -> {
                for (int i = 0; i < n; i++) {
                    q.put(i);
                }
                return null;
            });
            JoinHandle<Void> p2 = rt.spawn(() -> {
                for (int i = 0; i < n / 2; i++) {
                    ch.sender().send(i);
                }
                ch.sender().close();
                return null;
            });
            JoinHandle<Void> p3 = rt.spawn(() -> {
                for (int i = n / 2; i < n; i++) {
                    tx2.reserve().send(i);
                }
                tx2.close();
                return null;
            });
            JoinHandle<Long> qc = rt.spawn(() -> {
                long s = 0;
                for (int i = 0; i < n; i++) {
                    s += q.get();
                    q.taskDone();
                }
                return s;
            });
            JoinHandle<Long> cc = rt.spawn(() -> {
                long s = 0;
                for (int m : ch.receiver()) {
                    s += m;
                }
                return s;
            });
            q.join();
            p1.join();
            p2.join();
            p3.join();
            return new long[] {qc.join(), cc.join()};
        });
        long expected = (long) n * (n - 1) / 2;
        assertThat(sums).containsExactly(expected, expected);
    }

    @Test
    void eventConditionBarrierOneshotBroadcastAndWatchWorkAcrossWorkers() {
        MultiThreadRuntime.run(() -> {
            MultiThreadRuntime rt = MultiThreadRuntime.current();
            int parties = 8;
            Barrier barrier = new Barrier(parties);
            Event go = new Event();
            Condition cond = new Condition();
            int[] ready = {0};
            Broadcast<Integer> news = new Broadcast<>(16);
            Watch<Integer> status = new Watch<>(0);
            List<Broadcast.Receiver<Integer>> listeners = new ArrayList<>();
            List<Watch.Receiver<Integer>> watchers = new ArrayList<>();
            for (int i = 0; i < parties; i++) {
                listeners.add(news.subscribe());
                watchers.add(status.subscribe());
            }
            List<JoinHandle<Integer>> hs = new ArrayList<>();
            for (int i = 0; i < parties; i++) {
                Broadcast.Receiver<Integer> listener = listeners.get(i);
                Watch.Receiver<Integer> watcher = watchers.get(i);
                hs.add(rt.spawn(() -> {
                    go.await();
                    try (Held h = cond.acquired()) {
                        ready[0]++;
                        cond.signalAll();
                    }
                    int index = barrier.await();
                    int got = listener.recv();
                    watcher.changed();
                    return index * 1000 + got + watcher.borrow();
                }));
            }
            go.set();
            try (Held h = cond.acquired()) {
                cond.waitFor(() -> ready[0] == parties);
            }
            news.sender().send(7);
            status.send(100);
            List<Integer> indices = new ArrayList<>();
            for (JoinHandle<Integer> h : hs) {
                int r = h.join();
                assertThat(r % 1000).isEqualTo(107);
                indices.add(r / 1000);
            }
            assertThat(indices).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
            Oneshot<String> reply = new Oneshot<>();
            rt.spawn(() -> {
                reply.send("pong");
                return null;
            });
            assertThat(reply.recv()).isEqualTo("pong");
            return null;
        });
    }
}
