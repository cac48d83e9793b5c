package io.portalis.runtime.sync;

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

/** trio's CapacityLimiter semantics (no CPython oracle: asyncio has none). */
class CapacityLimiterTest {

    static <T> T run(Coroutine<T> main) {
        return EventLoop.newEventLoop(Clock.virtual()).run(main);
    }

    @Test
    void atMostTotalTokensBorrowersAtOnceServedInArrivalOrder() {
        List<String> log = run(() -> {
            CapacityLimiter limiter = new CapacityLimiter(2);
            List<String> events = new ArrayList<>();
            int[] inside = {0};
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("a", "b", "c", "d")) {
                ts.add(createTask(() -> {
                    try (Held h = limiter.acquired()) {
                        inside[0]++;
                        assertThat(inside[0]).isLessThanOrEqualTo(2);
                        events.add("in " + n);
                        sleep(0.01);
                        inside[0]--;
                    }
                    return null;
                }));
            }
            sleep(0);
            assertThat(limiter.borrowedTokens()).isEqualTo(2);
            assertThat(limiter.availableTokens()).isZero();
            Asyncio.gather(ts);
            assertThat(limiter.borrowedTokens()).isZero();
            return events;
        });
        assertThat(log).containsExactly("in a", "in b", "in c", "in d");
    }

    @Test
    void aBorrowerHoldsAtMostOneTokenAndOnlyHoldersRelease() {
        run(() -> {
            CapacityLimiter limiter = new CapacityLimiter(3);
            limiter.acquire();
            assertThatThrownBy(limiter::acquire).isInstanceOf(IllegalStateException.class)
                    .hasMessage("this borrower is already holding one of this CapacityLimiter's tokens");
            assertThatThrownBy(() -> limiter.releaseOnBehalfOf("stranger")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("this borrower isn't holding any of this CapacityLimiter's tokens");
            limiter.acquireOnBehalfOf("job-1");
            assertThat(limiter.borrowedTokens()).isEqualTo(2);
            limiter.releaseOnBehalfOf("job-1");
            limiter.release();
            assertThat(limiter.availableTokens()).isEqualTo(3);
            return null;
        });
    }

    @Test
    void tokenHandedToACancelledWaiterGoesToTheNextOne() {
        run(() -> {
            CapacityLimiter limiter = new CapacityLimiter(1);
            limiter.acquireOnBehalfOf("main");
            Task<Void> a = createTask(() -> {
                limiter.acquire();
                return null;
            });
            Task<String> b = createTask(() -> {
                limiter.acquire();
                return "b holds it";
            });
            sleep(0);
            limiter.releaseOnBehalfOf("main");
            a.cancel();
            assertThatThrownBy(a::await).isInstanceOf(CancelledError.class);
            assertThat(b.await()).isEqualTo("b holds it");
            assertThat(limiter.borrowedTokens()).isEqualTo(1);
            limiter.releaseOnBehalfOf(b);
            return null;
        });
    }

    @Test
    void raisingTheTotalServesWaitersAtOnce() {
        run(() -> {
            CapacityLimiter limiter = new CapacityLimiter(1);
            limiter.acquireOnBehalfOf("x");
            Task<Void> w = createTask(() -> {
                limiter.acquire();
                return null;
            });
            sleep(0);
            assertThat(limiter.tryAcquireOnBehalfOf("y")).isFalse();
            limiter.setTotalTokens(3);
            w.await();
            assertThat(limiter.borrowedTokens()).isEqualTo(2);
            assertThat(limiter.tryAcquireOnBehalfOf("y")).isTrue();
            assertThatThrownBy(() -> limiter.setTotalTokens(0)).isInstanceOf(IllegalArgumentException.class);
            return null;
        });
    }
}
