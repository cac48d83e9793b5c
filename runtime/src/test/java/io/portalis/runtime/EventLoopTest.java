package io.portalis.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventLoopTest {

    private final EventLoop loop = EventLoop.newEventLoop(Clock.virtual());
    private final List<Map<String, Object>> reports = Collections.synchronizedList(new ArrayList<>());

    {
        loop.setExceptionHandler((l, context) -> reports.add(context));
    }

    @Test
    void runReturnsTheMainResultAndClosesTheLoop() {
        assertThat(loop.run(() -> "result")).isEqualTo("result");
        assertThat(loop.isClosed()).isTrue();
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void runRethrowsTheMainException() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> loop.run(() -> {
            throw boom;
        })).isSameAs(boom);
        assertThat(loop.isClosed()).isTrue();
        assertThat(reports).isEmpty();
    }

    @Test
    void runInsideARunningLoopIsRefused() {
        loop.run(() -> {
            assertThatThrownBy(() -> Asyncio.run(() -> null)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Asyncio.run() cannot be called from a running event loop");
            return null;
        });
    }

    @Test
    void runUntilCompleteInsideARunningLoopIsRefused() {
        loop.run(() -> {
            EventLoop self = Asyncio.getRunningLoop();
            Future<String> f = self.createFuture();
            assertThatThrownBy(() -> self.runUntilComplete(f)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("This event loop is already running");
            EventLoop other = EventLoop.newEventLoop(Clock.virtual());
            assertThatThrownBy(() -> other.runUntilComplete(other.createFuture()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot run the event loop while another loop is running");
            return null;
        });
    }

    @Test
    void closedLoopRefusesWork() {
        loop.close();
        assertThatThrownBy(() -> loop.run(() -> null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Event loop is closed");
        assertThatThrownBy(() -> loop.callSoon(() -> { })).hasMessage("Event loop is closed");
        assertThatThrownBy(() -> loop.callLater(1, () -> { })).hasMessage("Event loop is closed");
        assertThatThrownBy(() -> loop.callSoonThreadsafe(() -> { })).hasMessage("Event loop is closed");
        assertThatThrownBy(() -> loop.createTask(() -> null)).hasMessage("Event loop is closed");
        assertThatThrownBy(loop::runForever).hasMessage("Event loop is closed");
    }

    @Test
    void closingTwiceIsRefused() {
        loop.close();
        assertThatThrownBy(loop::close).isInstanceOf(IllegalStateException.class).hasMessage("Event loop is closed");
        assertThat(loop.isClosed()).isTrue();
    }

    @Test
    void closingAfterRunIsRefusedButRunItselfClosesOnlyOnce() {
        List<String> log = new ArrayList<>();
        assertThat(loop.run(() -> {
            createTask(() -> {
                try {
                    sleep(10);
                } finally {
                    log.add("leftover cancelled");
                }
                return null;
            });
            return "main";
        })).isEqualTo("main");
        assertThat(log).containsExactly("leftover cancelled");
        assertThat(reports).isEmpty();
        assertThatThrownBy(loop::close).isInstanceOf(IllegalStateException.class).hasMessage("Event loop is closed");
        assertThatThrownBy(() -> loop.runUntilComplete(loop.createFuture())).isInstanceOf(IllegalStateException.class)
                .hasMessage("Event loop is closed");
    }

    @Test
    void asyncioRunShutdownDoesNotTripOverItsOwnClose() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> Asyncio.run(() -> {
            createTask(() -> {
                sleep(10);
                return null;
            });
            throw boom;
        })).isSameAs(boom);
        assertThat(Asyncio.run(() -> "again")).isEqualTo("again");
    }

    @Test
    void suspendingOutsideAnyLoopIsRefused() {
        Future<String> f = loop.createFuture();
        assertThatThrownBy(f::await).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no running event loop");
        assertThatThrownBy(() -> sleep(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no running event loop");
    }

    @Test
    void closingARunningLoopIsRefused() {
        loop.run(() -> {
            assertThatThrownBy(() -> Asyncio.getRunningLoop().close()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot close a running event loop");
            return null;
        });
    }

    @Test
    void runUntilCompleteOfForeignFutureIsRefused() {
        EventLoop other = EventLoop.newEventLoop(Clock.virtual());
        assertThatThrownBy(() -> loop.runUntilComplete(other.createFuture()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stopBeforeTheFutureCompletesIsReported() {
        Future<String> never = loop.createFuture();
        loop.callSoon(loop::stop);
        assertThatThrownBy(() -> loop.runUntilComplete(never)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Event loop stopped before Future completed.");
    }

    @Test
    void runForeverRunsUntilStopAndFinishesTheIteration() {
        List<String> log = new ArrayList<>();
        loop.callSoon(() -> {
            log.add("a");
            loop.stop();
        });
        loop.callSoon(() -> log.add("b (same iteration)"));
        loop.callLater(5, () -> log.add("timer"));
        loop.runForever();
        assertThat(log).containsExactly("a", "b (same iteration)");
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(log).containsExactly("a", "b (same iteration)");
    }

    @Test
    void timeOfVirtualClockStartsAtZeroAndJumpsToTimers() {
        List<Double> times = new ArrayList<>();
        loop.run(() -> {
            EventLoop l = Asyncio.getRunningLoop();
            times.add(l.time());
            sleep(2.5);
            times.add(l.time());
            TimerHandle h = l.callLater(1, () -> times.add(l.time()));
            assertThat(h.when()).isEqualTo(3.5);
            sleep(10);
            return null;
        });
        assertThat(times).containsExactly(0.0, 2.5, 3.5);
    }

    @Test
    void timersWithEqualDeadlinesRunInSchedulingOrder() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            loop.callAt(1.0, () -> order.add(n));
        }
        loop.callAt(2.0, loop::stop);
        loop.callAt(0.5, () -> order.add(-1));
        loop.runForever();
        assertThat(order).containsExactly(-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
    }

    @Test
    void cancelledTimerNeverRuns() {
        List<String> log = new ArrayList<>();
        TimerHandle h = loop.callLater(1, () -> log.add("cancelled one"));
        loop.callLater(2, () -> log.add("kept"));
        loop.callLater(3, loop::stop);
        h.cancel();
        assertThat(h.cancelled()).isTrue();
        loop.runForever();
        assertThat(log).containsExactly("kept");
    }

    @Test
    void manyCancelledTimersArePurged() {
        List<Integer> fired = new ArrayList<>();
        List<TimerHandle> handles = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int n = i;
            handles.add(loop.callLater(1 + i * 0.001, () -> fired.add(n)));
        }
        for (int i = 0; i < 1000; i++) {
            if (i % 10 != 0) {
                handles.get(i).cancel();
            }
        }
        loop.callLater(5, loop::stop);
        loop.runForever();
        assertThat(fired).hasSize(100).allMatch(n -> n % 10 == 0).isSorted();
    }

    @Test
    void nanDelaysAreRefused() {
        assertThatThrownBy(() -> loop.callLater(Double.NaN, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> loop.callAt(Double.NaN, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void callbackExceptionGoesToTheHandlerAndTheLoopGoesOn() {
        List<String> log = new ArrayList<>();
        RuntimeException boom = new RuntimeException("boom");
        loop.run(() -> {
            Asyncio.getRunningLoop().callSoon(() -> {
                throw boom;
            });
            sleep(0);
            log.add("still running");
            return null;
        });
        assertThat(log).containsExactly("still running");
        assertThat(reports).singleElement().satisfies(c -> {
            assertThat((String) c.get("message")).startsWith("Exception in callback");
            assertThat(c.get("exception")).isSameAs(boom);
        });
    }

    @Test
    void unretrievedTaskExceptionIsReportedAtClose() {
        IllegalArgumentException boom = new IllegalArgumentException("lost");
        loop.run(() -> {
            createTask(() -> {
                throw boom;
            }, "careless");
            sleep(0);
            sleep(0);
            return null;
        });
        assertThat(reports).singleElement().satisfies(c -> {
            assertThat(c.get("message")).isEqualTo("Task exception was never retrieved");
            assertThat(c.get("exception")).isSameAs(boom);
            assertThat(String.valueOf(c.get("task"))).contains("careless");
        });
    }

    @Test
    void retrievedExceptionIsNotReported() {
        loop.run(() -> {
            Task<Void> t = createTask(() -> {
                throw new IllegalArgumentException("seen");
            });
            sleep(0);
            assertThat(t.exception()).hasMessage("seen");
            Future<String> f = Asyncio.getRunningLoop().createFuture();
            f.setException(new IllegalStateException("seen too"));
            assertThatThrownBy(f::result).hasMessage("seen too");
            return null;
        });
        assertThat(reports).isEmpty();
    }

    @Test
    void unretrievedFutureExceptionIsReportedAtClose() {
        loop.run(() -> {
            Asyncio.getRunningLoop().createFuture().setException(new IllegalStateException("nobody looked"));
            return null;
        });
        assertThat(reports).singleElement()
                .satisfies(c -> assertThat(c.get("message")).isEqualTo("Future exception was never retrieved"));
    }

    @Test
    void unretrievedExceptionIsReportedWhenTheTaskIsCollected() throws Exception {
        EventLoop real = EventLoop.newEventLoop();
        real.setExceptionHandler((l, c) -> reports.add(c));
        real.run(() -> {
            createTask(() -> {
                throw new IllegalArgumentException("collected");
            });
            sleep(0);
            sleep(0);
            for (int i = 0; i < 1000 && reports.isEmpty(); i++) {
                System.gc();
                sleep(0.005);
            }
            assertThat(reports).as("reported while the loop still runs").hasSize(1);
            return null;
        });
        assertThat(reports).singleElement()
                .satisfies(c -> assertThat(c.get("message")).isEqualTo("Task exception was never retrieved"));
    }

    @Test
    void failingHandlerFallsBackToTheDefault() {
        loop.setExceptionHandler((l, c) -> {
            throw new IllegalStateException("handler broke");
        });
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true));
        try {
            loop.callExceptionHandler(Map.of("message", "something"));
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString()).contains("Unhandled error in exception handler").contains("handler broke");
    }

    @Test
    void defaultHandlerPrintsMessageContextAndStack() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true));
        try {
            EventLoop.defaultExceptionHandler(Map.of("message", "Task exception was never retrieved",
                    "exception", new IllegalStateException("why")));
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString()).startsWith("Task exception was never retrieved")
                .contains("java.lang.IllegalStateException: why").contains("\tat ");
    }

    @Test
    void leftoverTaskFailingDuringShutdownIsReported() {
        loop.run(() -> {
            createTask(() -> {
                try {
                    sleep(10);
                } catch (CancelledError e) {
                    throw new IllegalStateException("cleanup failed");
                }
                return null;
            });
            sleep(0);
            return null;
        });
        assertThat(reports).singleElement().satisfies(c -> assertThat(c.get("message"))
                .isEqualTo("unhandled exception during Asyncio.run() shutdown"));
    }

    @Test
    void callSoonThreadsafeWakesAnIdleLoop() throws Exception {
        EventLoop real = EventLoop.newEventLoop();
        String got = real.run(() -> {
            EventLoop l = Asyncio.getRunningLoop();
            Future<String> f = l.createFuture();
            Thread.ofPlatform().start(() -> l.callSoonThreadsafe(() -> f.setResult("from another thread")));
            return f.await();
        });
        assertThat(got).isEqualTo("from another thread");
    }

    @Test
    void interruptingTheRunningThreadCancelsTheMainTask() {
        Thread caller = Thread.currentThread();
        Thread interrupter = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            caller.interrupt();
        });
        List<String> log = new ArrayList<>();
        try {
            assertThatThrownBy(() -> EventLoop.newEventLoop().run(() -> {
                try {
                    return Asyncio.getRunningLoop().createFuture().await();
                } catch (CancelledError e) {
                    log.add("main cancelled");
                    throw e;
                }
            })).isInstanceOf(CancelledError.class);
            assertThat(Thread.interrupted()).as("interrupt flag restored").isTrue();
        } finally {
            Thread.interrupted();
            interrupter.interrupt();
        }
        assertThat(log).containsExactly("main cancelled");
    }

    @Test
    void engineNameIsReported() {
        assertThat(loop.engineName()).isIn("continuation", "virtual-thread");
    }
}
