package io.portalis.runtime.queue;

import java.util.ArrayList;
import java.util.List;

import io.portalis.runtime.Asyncio;
import io.portalis.runtime.CancelledError;
import io.portalis.runtime.Clock;
import io.portalis.runtime.Coroutine;
import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Task;
import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Queue behaviour CPython 3.11 cannot serve as oracle for (shutdown is from 3.13), and misuse. */
class QueueTest {

    static <T> T run(Coroutine<T> main) {
        return EventLoop.newEventLoop(Clock.virtual()).run(main);
    }

    @Test
    void shutdownWakesWaitingGettersWithQueueShutDown() {
        List<String> seen = run(() -> {
            Queue<String> q = new Queue<>();
            List<String> log = new ArrayList<>();
            List<Task<Void>> getters = new ArrayList<>();
            for (String n : List.of("a", "b")) {
                getters.add(createTask(() -> {
                    try {
                        q.get();
                        log.add(n + " got");
                    } catch (QueueShutDown e) {
                        log.add(n + " shut down");
                    }
                    return null;
                }));
            }
            sleep(0);
            q.shutdown();
            Asyncio.gather(getters);
            return log;
        });
        assertThat(seen).containsExactly("a shut down", "b shut down");
    }

    @Test
    void shutdownLetsItemsAlreadyQueuedBeTakenThenRefusesEverything() {
        run(() -> {
            Queue<Integer> q = new Queue<>();
            q.putNowait(1);
            q.putNowait(2);
            q.shutdown();
            assertThat(q.isShutDown()).isTrue();
            assertThatThrownBy(() -> q.putNowait(3)).isInstanceOf(QueueShutDown.class);
            assertThatThrownBy(() -> q.put(3)).isInstanceOf(QueueShutDown.class);
            assertThat(q.get()).isEqualTo(1);
            assertThat(q.getNowait()).isEqualTo(2);
            assertThatThrownBy(q::get).isInstanceOf(QueueShutDown.class);
            assertThatThrownBy(q::getNowait).isInstanceOf(QueueShutDown.class);
            return null;
        });
    }

    @Test
    void immediateShutdownDropsItemsCountsThemDoneAndReleasesJoin() {
        run(() -> {
            Queue<Integer> q = new Queue<>();
            for (int i = 0; i < 3; i++) {
                q.putNowait(i);
            }
            assertThat(q.getNowait()).isZero();
            Task<Void> joiner = createTask(() -> {
                q.join();
                return null;
            });
            sleep(0);
            assertThat(joiner.done()).isFalse();
            q.shutdown(true);
            assertThat(q.qsize()).isZero();
            assertThatThrownBy(q::get).isInstanceOf(QueueShutDown.class);
            sleep(0);
            sleep(0);
            // One item was taken but never marked done, so join still waits for it.
            assertThat(joiner.done()).isFalse();
            q.taskDone();
            joiner.await();
            return null;
        });
    }

    @Test
    void shutdownWakesBlockedPutters() {
        run(() -> {
            Queue<String> q = new Queue<>(1);
            q.putNowait("x");
            Task<Void> putter = createTask(() -> {
                q.put("y");
                return null;
            });
            sleep(0);
            q.shutdown();
            assertThatThrownBy(putter::await).isInstanceOf(QueueShutDown.class);
            assertThat(q.getNowait()).isEqualTo("x");
            return null;
        });
    }

    @Test
    void cancelledGetterNeverTakesAnItem() {
        run(() -> {
            Queue<Integer> q = new Queue<>();
            Task<Integer> g = createTask(q::get);
            sleep(0);
            q.putNowait(7);
            g.cancel();
            assertThatThrownBy(g::await).isInstanceOf(CancelledError.class);
            assertThat(q.qsize()).isEqualTo(1);
            assertThat(q.getNowait()).isEqualTo(7);
            return null;
        });
    }

    @Test
    void priorityQueueOfComparablesReturnsSmallestFirst() {
        run(() -> {
            PriorityQueue<String> q = new PriorityQueue<>();
            for (String s : List.of("pear", "apple", "fig", "banana")) {
                q.putNowait(s);
            }
            List<String> out = new ArrayList<>();
            while (!q.empty()) {
                out.add(q.get());
            }
            assertThat(out).containsExactly("apple", "banana", "fig", "pear");
            return null;
        });
    }

    @Test
    void toStringShowsContentsAndWaiters() {
        run(() -> {
            Queue<Integer> q = new Queue<>(2);
            q.putNowait(1);
            assertThat(q).hasToString("<Queue maxsize=2 _queue=[1] tasks=1>");
            q.getNowait();
            Task<Integer> g = createTask(q::get);
            sleep(0);
            assertThat(q).hasToString("<Queue maxsize=2 _getters[1] tasks=1>");
            g.cancel();
            return null;
        });
    }

    @Test
    void suspendingOutsideATaskIsRefused() {
        Queue<Integer> q = new Queue<>();
        assertThatThrownBy(q::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("event loop");
    }

    @Test
    void aQueueServesOnlyTheLoopItWasFirstUsedOn() {
        Queue<Integer> q = new Queue<>();
        run(() -> {
            Task<Integer> g = createTask(q::get);
            sleep(0);
            g.cancel();
            return null;
        });
        assertThatThrownBy(() -> run(q::get)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bound to a different event loop");
    }
}
