package io.portalis.runtime;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTest {

    private final EventLoop loop = EventLoop.newEventLoop(Clock.virtual());

    @Test
    void tasksAreNamedInCreationOrder() {
        List<String> names = loop.run(() -> {
            Task<Void> a = createTask(() -> null);
            Task<Void> b = createTask(() -> null, "custom");
            Task<Void> c = createTask(() -> null);
            return List.of(Asyncio.currentTask().getName(), a.getName(), b.getName(), c.getName());
        });
        assertThat(names).containsExactly("Task-1", "Task-2", "custom", "Task-3");
    }

    @Test
    void setNameRenames() {
        String name = loop.run(() -> {
            Asyncio.currentTask().setName("main");
            return Asyncio.currentTask().getName();
        });
        assertThat(name).isEqualTo("main");
    }

    @Test
    void firstStepRunsOneIterationAfterCreation() {
        Steps steps = new Steps();
        loop.run(() -> {
            createTask(() -> {
                steps.expect(2);
                return null;
            });
            steps.expect(1);
            sleep(0);
            steps.expect(3);
            return null;
        });
        steps.finish(4);
    }

    @Test
    void joinReturnsTheResult() {
        int r = loop.run(() -> createTask(() -> {
            sleep(0.5);
            return 5;
        }).join());
        assertThat(r).isEqualTo(5);
    }

    @Test
    void taskDoesNotSupportSetResultOrSetException() {
        loop.run(() -> {
            Task<String> t = createTask(() -> "x");
            assertThatThrownBy(() -> t.setResult("y")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("set_result");
            assertThatThrownBy(() -> t.setException(new RuntimeException()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("set_exception");
            return t.await();
        });
    }

    @Test
    void cancelBeforeFirstStepNeverRunsTheBody() {
        List<String> log = new ArrayList<>();
        loop.run(() -> {
            Task<Void> t = createTask(() -> {
                log.add("ran");
                return null;
            });
            t.cancel("early");
            assertThatThrownBy(t::await).isInstanceOf(CancelledError.class).hasMessage("early");
            assertThat(t.cancelled()).isTrue();
            return null;
        });
        assertThat(log).isEmpty();
    }

    @Test
    void cancelOfDoneTaskReturnsFalse() {
        loop.run(() -> {
            Task<Integer> t = createTask(() -> 1);
            t.await();
            assertThat(t.cancel()).isFalse();
            assertThat(t.cancelling()).isZero();
            return null;
        });
    }

    @Test
    void cancelIsDeliveredAtNextSuspensionNotBefore() {
        Steps steps = new Steps();
        loop.run(() -> {
            Task<Void> t = createTask(() -> {
                steps.expect(2);
                Asyncio.currentTask().cancel();
                steps.expect(3); // still running: cancellation waits for a suspension point
                try {
                    sleep(0);
                } catch (CancelledError e) {
                    steps.expect(4);
                    throw e;
                }
                return null;
            });
            steps.expect(1);
            assertThatThrownBy(t::await).isInstanceOf(CancelledError.class);
            steps.expect(5);
            return null;
        });
    }

    @Test
    void cancelCancelsTheAwaitedFutureToo() {
        loop.run(() -> {
            Future<String> f = Asyncio.getRunningLoop().createFuture();
            Task<String> t = createTask(f::await);
            sleep(0);
            t.cancel("stop");
            assertThat(f.cancelled()).isTrue();
            assertThatThrownBy(t::await).isInstanceOf(CancelledError.class).hasMessage("stop");
            return null;
        });
    }

    @Test
    void cancellingTwiceCountsTwoRequests() {
        loop.run(() -> {
            Task<Void> t = createTask(() -> {
                sleep(1);
                return null;
            });
            sleep(0);
            assertThat(t.cancel()).isTrue();
            assertThat(t.cancel()).isTrue();
            assertThat(t.cancelling()).isEqualTo(2);
            assertThatThrownBy(t::await).isInstanceOf(CancelledError.class);
            return null;
        });
    }

    @Test
    void uncancelNeverGoesBelowZero() {
        loop.run(() -> {
            Task<?> self = Asyncio.currentTask();
            assertThat(self.uncancel()).isZero();
            assertThat(self.cancelling()).isZero();
            return null;
        });
    }

    @Test
    void cancelledRightBeforeReturningEndsCancelled() {
        loop.run(() -> {
            Task<String> t = createTask(() -> {
                Asyncio.currentTask().cancel("late");
                return "value";
            });
            assertThatThrownBy(t::await).isInstanceOf(CancelledError.class).hasMessage("late");
            assertThat(t.cancelled()).isTrue();
            return null;
        });
    }

    @Test
    void cancelledErrorOfATaskKeepsTheBodysMessage() {
        loop.run(() -> {
            Task<Void> t = createTask(() -> {
                throw new CancelledError("raised by the body");
            });
            sleep(0);
            assertThat(t.cancelled()).isTrue();
            assertThatThrownBy(t::result).isInstanceOf(CancelledError.class).hasMessage("raised by the body");
            return null;
        });
    }

    @Test
    void catchExceptionDoesNotSwallowCancellation() {
        List<String> log = new ArrayList<>();
        loop.run(() -> {
            Task<Void> t = createTask(() -> {
                try {
                    sleep(10);
                } catch (Exception e) {
                    log.add("swallowed");
                }
                log.add("continued");
                return null;
            });
            sleep(0);
            t.cancel();
            assertThatThrownBy(t::await).isInstanceOf(CancelledError.class);
            return null;
        });
        assertThat(log).isEmpty();
        assertThat(Exception.class.isAssignableFrom(CancelledError.class)).isFalse();
    }

    @Test
    void currentTaskInsideAndOutside() {
        loop.run(() -> {
            Task<?> main = Asyncio.currentTask();
            assertThat(main).isNotNull();
            Task<Task<?>> t = createTask(Asyncio::currentTask);
            assertThat(t.await()).isSameAs(t);
            List<Task<?>> inCallback = new ArrayList<>();
            Asyncio.getRunningLoop().callSoon(() -> inCallback.add(Asyncio.currentTask()));
            sleep(0);
            assertThat(inCallback).containsOnlyNulls().hasSize(1);
            return null;
        });
    }

    @Test
    void allTasksListsPendingTasksOldestFirst() {
        loop.run(() -> {
            Task<?> main = Asyncio.currentTask();
            Task<Void> a = createTask(() -> {
                sleep(1);
                return null;
            });
            Task<Void> b = createTask(() -> null);
            assertThat(Asyncio.allTasks()).containsExactly(main, a, b);
            b.await();
            assertThat(Asyncio.allTasks()).containsExactly(main, a);
            a.cancel();
            sleep(0);
            assertThat(Asyncio.allTasks()).containsExactly(main);
            return null;
        });
    }

    @Test
    void fireAndForgetTaskRunsToCompletion() {
        List<String> log = new ArrayList<>();
        loop.run(() -> {
            for (int i = 0; i < 3; i++) {
                int n = i;
                createTask(() -> {
                    sleep(0.1 * n);
                    System.gc();
                    log.add("done " + n);
                    return null;
                });
            }
            System.gc();
            sleep(1);
            return null;
        });
        assertThat(log).containsExactly("done 0", "done 1", "done 2");
    }

    @Test
    void toStringShowsStateAndName() {
        loop.run(() -> {
            Task<Integer> t = createTask(() -> 4, "four");
            assertThat(t).hasToString("<Task pending name='four'>");
            t.await();
            assertThat(t).hasToString("<Task finished result=4 name='four'>");
            return null;
        });
    }

    @Test
    void manyTasksEachYieldingManyTimes() {
        long sum = loop.run(() -> {
            List<Task<Long>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                tasks.add(createTask(() -> {
                    long s = 0;
                    for (int k = 0; k < 20; k++) {
                        s += n;
                        sleep(0);
                    }
                    return s;
                }));
            }
            long total = 0;
            for (Task<Long> t : tasks) {
                total += t.await();
            }
            return total;
        });
        assertThat(sum).isEqualTo(20L * (199 * 200 / 2));
    }

    @Test
    void deepRecursionInsideATaskSuspends() {
        int depth = loop.run(() -> createTask(() -> recurse(500)).await());
        assertThat(depth).isEqualTo(500);
    }

    private static int recurse(int n) {
        if (n == 0) {
            sleep(0);
            return 0;
        }
        return 1 + recurse(n - 1);
    }
}
