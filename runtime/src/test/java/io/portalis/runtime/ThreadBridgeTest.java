package io.portalis.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThreadBridgeTest {

    @Test
    void toThreadRunsOffTheLoopAndReturnsTheResult() {
        EventLoop loop = EventLoop.newEventLoop();
        String r = loop.run(() -> {
            Thread loopThread = Thread.currentThread();
            return Asyncio.toThread(() -> {
                assertThat(Thread.currentThread()).isNotSameAs(loopThread);
                return "worker " + Thread.currentThread().isVirtual();
            });
        });
        assertThat(r).isEqualTo("worker true");
    }

    @Test
    void toThreadRethrowsTheFunctionsException() {
        java.io.IOException io = new java.io.IOException("disk");
        assertThatThrownBy(() -> EventLoop.newEventLoop().run(() -> Asyncio.toThread(() -> {
            throw io;
        }))).isSameAs(io);
    }

    @Test
    void toThreadCancelledReturnsAtOnce() {
        CountDownLatch release = new CountDownLatch(1);
        EventLoop loop = EventLoop.newEventLoop();
        loop.run(() -> {
            Task<String> t = createTask(() -> Asyncio.toThread(() -> {
                release.await(5, TimeUnit.SECONDS);
                return "late";
            }));
            sleep(0.001);
            t.cancel();
            assertThatThrownBy(t::await).isInstanceOf(CancelledError.class);
            release.countDown();
            return null;
        });
    }

    @Test
    void runInExecutorUsesTheGivenExecutor() throws Exception {
        try (var pool = java.util.concurrent.Executors.newSingleThreadExecutor(r -> new Thread(r, "my-pool"))) {
            String name = EventLoop.newEventLoop().run(() -> Asyncio.getRunningLoop()
                    .runInExecutor(pool, () -> Thread.currentThread().getName()));
            assertThat(name).isEqualTo("my-pool");
        }
    }

    @Test
    void awaitCompletableFutureCompletedByAnotherThread() {
        int r = EventLoop.newEventLoop().run(() -> {
            CompletableFuture<Integer> cf = new CompletableFuture<>();
            Thread.ofPlatform().start(() -> cf.complete(41));
            return Asyncio.await(cf) + 1;
        });
        assertThat(r).isEqualTo(42);
    }

    @Test
    void awaitCompletableFutureUnwrapsItsException() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> EventLoop.newEventLoop().run(() ->
                Asyncio.await(CompletableFuture.supplyAsync(() -> {
                    throw boom;
                })))).isSameAs(boom);
    }

    @Test
    void cancellingTheAwaitCancelsTheCompletableFuture() {
        CompletableFuture<String> cf = new CompletableFuture<>();
        EventLoop.newEventLoop(Clock.virtual()).run(() -> {
            Task<String> t = createTask(() -> Asyncio.await(cf));
            sleep(0);
            t.cancel();
            assertThatThrownBy(t::await).isInstanceOf(CancelledError.class);
            return null;
        });
        assertThat(cf.isCancelled()).isTrue();
    }

    @Test
    void awaitOfCancelledCompletableFutureIsCancellation() {
        CompletableFuture<String> cf = new CompletableFuture<>();
        cf.cancel(false);
        assertThatThrownBy(() -> EventLoop.newEventLoop().run(() -> Asyncio.await(cf)))
                .isInstanceOf(CancelledError.class);
    }

    @Test
    void runCoroutineThreadsafeFromAnotherThread() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        AtomicReference<Object> fromThread = new AtomicReference<>();
        loop.run(() -> {
            CompletableFuture<Object> done = new CompletableFuture<>();
            Thread.ofPlatform().start(() -> {
                try {
                    CompletableFuture<String> cf = Asyncio.runCoroutineThreadsafe(() -> {
                        sleep(0.001);
                        return "ran on " + Asyncio.getRunningLoop().engineName();
                    }, loop);
                    fromThread.set(cf.get(5, TimeUnit.SECONDS));
                } catch (Exception e) {
                    fromThread.set(e);
                }
                done.complete(null);
            });
            Asyncio.await(done);
            return null;
        });
        assertThat(fromThread.get()).asString().startsWith("ran on ");
    }

    @Test
    void runCoroutineThreadsafeReportsTheException() {
        EventLoop loop = EventLoop.newEventLoop();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        loop.run(() -> {
            CompletableFuture<String> cf = Asyncio.runCoroutineThreadsafe(() -> {
                throw new IllegalStateException("inside");
            }, loop);
            try {
                Asyncio.await(cf);
            } catch (IllegalStateException e) {
                seen.set(e);
            }
            return null;
        });
        assertThat(seen.get()).hasMessage("inside");
    }

    @Test
    void cancellingTheThreadsafeFutureCancelsTheTask() throws Exception {
        EventLoop loop = EventLoop.newEventLoop();
        AtomicReference<Boolean> cancelled = new AtomicReference<>();
        loop.run(() -> {
            Future<Void> started = Asyncio.getRunningLoop().createFuture();
            CompletableFuture<String> cf = Asyncio.runCoroutineThreadsafe(() -> {
                try {
                    started.setResult(null);
                    sleep(10);
                    return "never";
                } catch (CancelledError e) {
                    cancelled.set(true);
                    throw e;
                }
            }, loop);
            started.await();
            Thread.ofPlatform().start(() -> cf.cancel(true));
            for (int i = 0; i < 5000 && cancelled.get() == null; i++) {
                sleep(0.001);
            }
            return null;
        });
        assertThat(cancelled.get()).isTrue();
    }

    @Test
    void blockingOnTheLoopsOwnThreadIsRefused() {
        EventLoop loop = EventLoop.newEventLoop(Clock.virtual());
        loop.run(() -> {
            CompletableFuture<String> cf = Asyncio.runCoroutineThreadsafe(() -> "x", loop);
            assertThatThrownBy(cf::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("deadlock");
            assertThatThrownBy(cf::join).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> cf.get(1, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
            assertThat(Asyncio.await(cf)).isEqualTo("x");
            return null;
        });
    }

    @Test
    void runCoroutineThreadsafeOnClosedLoopIsRefused() {
        EventLoop loop = EventLoop.newEventLoop();
        loop.close();
        assertThatThrownBy(() -> Asyncio.runCoroutineThreadsafe(() -> "x", loop))
                .isInstanceOf(IllegalStateException.class).hasMessage("Event loop is closed");
    }

    @Test
    void callSoonThreadsafeFromManyThreadsDeliversEverything() throws ExecutionException, InterruptedException {
        EventLoop loop = EventLoop.newEventLoop();
        int n = loop.run(() -> {
            EventLoop l = Asyncio.getRunningLoop();
            int[] count = {0};
            Future<Void> all = l.createFuture();
            for (int t = 0; t < 4; t++) {
                Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 1000; i++) {
                        l.callSoonThreadsafe(() -> {
                            if (++count[0] == 4000) {
                                all.setResult(null);
                            }
                        });
                    }
                });
            }
            all.await();
            return count[0];
        });
        assertThat(n).isEqualTo(4000);
    }
}
