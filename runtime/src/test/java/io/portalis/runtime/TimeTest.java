package io.portalis.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeTest {

    private final EventLoop loop = EventLoop.newEventLoop(Clock.virtual());

    private double now() {
        return Asyncio.getRunningLoop().time();
    }

    @Test
    void sleepAdvancesVirtualTimeExactly() {
        double t = loop.run(() -> {
            sleep(1.25);
            sleep(Duration.ofMillis(750));
            return now();
        });
        assertThat(t).isEqualTo(2.0);
    }

    @Test
    void sleepNegativeYieldsOnce() {
        Steps steps = new Steps();
        loop.run(() -> {
            createTask(() -> {
                steps.expect(2);
                return null;
            });
            steps.expect(1);
            sleep(-5);
            steps.expect(3);
            assertThat(now()).isZero();
            return null;
        });
    }

    @Test
    void sleepNaNIsRefused() {
        loop.run(() -> {
            assertThatThrownBy(() -> sleep(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
            return null;
        });
    }

    @Test
    void sleepOutsideATaskIsRefused() {
        assertThatThrownBy(() -> sleep(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no running event loop");
        assertThatThrownBy(() -> sleep(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancelledSleepRemovesItsTimer() {
        double t = loop.run(() -> {
            Task<Void> s = createTask(() -> {
                sleep(100);
                return null;
            });
            sleep(1);
            s.cancel();
            assertThatThrownBy(s::await).isInstanceOf(CancelledError.class);
            return now();
        });
        assertThat(t).isEqualTo(1.0);
    }

    @Test
    void timeoutReturnsTheBodysResultInTime() {
        String r = loop.run(() -> Asyncio.timeout(1.0, t -> {
            sleep(0.5);
            assertThat(t.when()).isEqualTo(1.0);
            return "in time";
        }));
        assertThat(r).isEqualTo("in time");
    }

    @Test
    void timeoutExpiresAtItsDeadline() {
        double t = loop.run(() -> {
            assertThatThrownBy(() -> Asyncio.timeout(2.0, s -> {
                sleep(10);
                return null;
            })).isInstanceOf(TimeoutError.class).hasCauseInstanceOf(CancelledError.class);
            return now();
        });
        assertThat(t).isEqualTo(2.0);
    }

    @Test
    void timeoutDoesNotHideAnOuterCancellation() {
        loop.run(() -> {
            Task<Void> t = createTask(() -> {
                Asyncio.timeout(1.0, s -> {
                    sleep(10);
                    return null;
                });
                return null;
            });
            // The outer cancel lands in the same iteration as the deadline: two requests, one withdrawn.
            Asyncio.getRunningLoop().callAt(1.0, t::cancel);
            assertThatThrownBy(t::await).isInstanceOf(CancelledError.class);
            return null;
        });
    }

    @Test
    void timeoutBodyErrorPassesThrough() {
        loop.run(() -> {
            IllegalStateException boom = new IllegalStateException("body");
            assertThatThrownBy(() -> Asyncio.timeout(1.0, s -> {
                throw boom;
            })).isSameAs(boom);
            return null;
        });
    }

    @Test
    void timeoutSwallowedCancellationDoesNotRaise() {
        String r = loop.run(() -> Asyncio.timeout(0.1, s -> {
            try {
                sleep(1);
            } catch (CancelledError e) {
                return "swallowed, expired=" + s.expired();
            }
            return "not expired";
        }));
        assertThat(r).isEqualTo("swallowed, expired=true");
    }

    @Test
    void rescheduleOutsideTheBodyIsRefused() {
        loop.run(() -> {
            Timeout t = Asyncio.timeout(1.0, s -> s);
            assertThatThrownBy(() -> t.reschedule(5.0)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot change state of exited Timeout");
            assertThat(t.expired()).isFalse();
            return null;
        });
    }

    @Test
    void rescheduleToNoneDisarms() {
        double t = loop.run(() -> Asyncio.timeout(0.1, s -> {
            s.reschedule(null);
            sleep(5);
            assertThat(s.when()).isNull();
            return now();
        }));
        assertThat(t).isEqualTo(5.0);
    }

    @Test
    void timeoutOutsideATaskIsRefused() {
        assertThatThrownBy(() -> Asyncio.timeout(1.0, s -> null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void timeoutToStringShowsState() {
        loop.run(() -> {
            Timeout t = Asyncio.timeout(1.0, s -> {
                assertThat(s.toString()).isEqualTo("<Timeout [ENTERED] when=1.0>");
                return s;
            });
            assertThat(t.toString()).isEqualTo("<Timeout [EXITED]>");
            return null;
        });
    }

    @Test
    void waitForReturnsInTime() {
        int r = loop.run(() -> Asyncio.waitFor(() -> {
            sleep(1);
            return 3;
        }, 2));
        assertThat(r).isEqualTo(3);
    }

    @Test
    void waitForTimesOutAndCancelsTheInnerTask() {
        loop.run(() -> {
            Task<Void> inner = createTask(() -> {
                sleep(10);
                return null;
            });
            assertThatThrownBy(() -> Asyncio.waitFor(inner, 1)).isInstanceOf(TimeoutError.class);
            assertThat(inner.cancelled()).isTrue();
            assertThat(now()).isEqualTo(1.0);
            return null;
        });
    }

    @Test
    void waitForOfDoneFutureWithZeroTimeoutReturnsItsResult() {
        loop.run(() -> {
            Future<String> f = Asyncio.getRunningLoop().createFuture();
            f.setResult("ready");
            assertThat(Asyncio.waitFor(f, 0)).isEqualTo("ready");
            return null;
        });
    }

    @Test
    void cancellingTheWaiterOfWaitForCancelsTheInnerTaskFirst() {
        List<String> log = new ArrayList<>();
        loop.run(() -> {
            Task<Void> inner = createTask(() -> {
                try {
                    sleep(10);
                } catch (CancelledError e) {
                    sleep(0.5);
                    log.add("inner cleaned up");
                    throw e;
                }
                return null;
            });
            Task<Void> waiter = createTask(() -> {
                try {
                    Asyncio.waitFor(inner, 5);
                } catch (CancelledError e) {
                    log.add("waiter cancelled after inner: " + inner.cancelled());
                    throw e;
                }
                return null;
            });
            sleep(1);
            waiter.cancel();
            assertThatThrownBy(waiter::await).isInstanceOf(CancelledError.class);
            return null;
        });
        assertThat(log).containsExactly("inner cleaned up", "waiter cancelled after inner: true");
    }

    @Test
    void systemClockReallyWaits() {
        EventLoop real = EventLoop.newEventLoop();
        long start = System.nanoTime();
        double elapsed = real.run(() -> {
            double t0 = Asyncio.getRunningLoop().time();
            sleep(0.003);
            return Asyncio.getRunningLoop().time() - t0;
        });
        assertThat(elapsed).isGreaterThanOrEqualTo(0.003);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(3_000_000L);
    }
}
