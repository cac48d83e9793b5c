package io.portalis.runtime;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CombinatorTest {

    private final EventLoop loop = EventLoop.newEventLoop(Clock.virtual());

    private static Task<Integer> after(double delay, int value) {
        return createTask(() -> {
            sleep(delay);
            return value;
        });
    }

    @Test
    void gatherOfCoroutinesReturnsResultsInOrder() {
        List<Integer> r = loop.run(() -> Asyncio.gather(() -> {
            sleep(2);
            return 1;
        }, () -> 2, () -> {
            sleep(1);
            return 3;
        }));
        assertThat(r).containsExactly(1, 2, 3);
    }

    @Test
    void gatherOfTheSameFutureTwiceCountsItOnce() {
        List<Integer> r = loop.run(() -> {
            Task<Integer> t = after(1, 7);
            return Asyncio.gather(t, t, after(0.5, 8));
        });
        assertThat(r).containsExactly(7, 7, 8);
    }

    @Test
    void gatherFutureCancelCancelsChildren() {
        loop.run(() -> {
            Task<Integer> a = after(5, 1);
            Task<Integer> b = after(5, 2);
            Future<List<Integer>> g = Asyncio.gatherFuture(List.of(a, b), false);
            sleep(0);
            assertThat(g.cancel("enough")).isTrue();
            assertThatThrownBy(g::await).isInstanceOf(CancelledError.class);
            assertThat(a.cancelled()).isTrue();
            assertThat(b.cancelled()).isTrue();
            assertThat(g.cancel()).isFalse();
            return null;
        });
    }

    @Test
    void gatherFutureCancelWithAllChildrenDoneIsRefused() {
        loop.run(() -> {
            Task<Integer> a = after(0, 1);
            Future<List<Integer>> g = Asyncio.gatherFuture(List.of(a), false);
            sleep(0);
            sleep(0);
            assertThat(a.done()).isTrue();
            assertThat(g.cancel()).isFalse();
            assertThat(g.await()).containsExactly(1);
            return null;
        });
    }

    @Test
    void gatherReturnExceptionsCollectsErrors() {
        List<Object> r = loop.run(() -> {
            IllegalStateException boom = new IllegalStateException("boom");
            Task<Object> bad = createTask(() -> {
                throw boom;
            });
            return Asyncio.gatherReturnExceptions(List.of(after(1, 1), bad));
        });
        assertThat(r.get(0)).isEqualTo(1);
        assertThat(r.get(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void gatherOfForeignFutureIsRefused() {
        EventLoop other = EventLoop.newEventLoop(Clock.virtual());
        loop.run(() -> {
            Future<Integer> foreign = other.createFuture();
            assertThatThrownBy(() -> Asyncio.gather(foreign)).isInstanceOf(IllegalArgumentException.class);
            return null;
        });
    }

    @Test
    void waitWithNullReturnWhenIsRefused() {
        loop.run(() -> {
            assertThatThrownBy(() -> Asyncio.wait(List.of(after(1, 1)), null))
                    .isInstanceOf(IllegalArgumentException.class);
            return null;
        });
    }

    @Test
    void waitOnAlreadyDoneFuturesStillTakesOneIteration() {
        Steps steps = new Steps();
        loop.run(() -> {
            Future<Integer> f = Asyncio.getRunningLoop().createFuture();
            f.setResult(1);
            createTask(() -> {
                steps.expect(2);
                return null;
            });
            steps.expect(1);
            Done<Future<Integer>> d = Asyncio.wait(List.of(f), ReturnWhen.ALL_COMPLETED);
            steps.expect(3);
            assertThat(d.done()).containsExactly(f);
            assertThat(d.pending()).isEmpty();
            return null;
        });
    }

    @Test
    void waitNeverRaisesTheFuturesErrors() {
        loop.run(() -> {
            Task<Object> bad = createTask(() -> {
                throw new IllegalStateException("x");
            });
            Done<Task<Object>> d = Asyncio.wait(List.of(bad), ReturnWhen.FIRST_EXCEPTION);
            assertThat(d.done()).containsExactly(bad);
            assertThat(bad.exception()).hasMessage("x");
            return null;
        });
    }

    @Test
    void waitCancelledLeavesTheFuturesRunning() {
        loop.run(() -> {
            Task<Integer> slow = after(10, 1);
            Task<Void> waiter = createTask(() -> {
                Asyncio.wait(List.of(slow), ReturnWhen.ALL_COMPLETED);
                return null;
            });
            sleep(1);
            waiter.cancel();
            assertThatThrownBy(waiter::await).isInstanceOf(CancelledError.class);
            assertThat(slow.done()).isFalse();
            assertThat(slow.await()).isEqualTo(1);
            return null;
        });
    }

    @Test
    void asCompletedOfNothingIsEmpty() {
        loop.run(() -> {
            assertThat(Asyncio.asCompleted(List.<Future<Integer>>of())).isEmpty();
            return null;
        });
    }

    @Test
    void asCompletedGetterCancelledLosesNoResult() {
        List<Integer> got = new ArrayList<>();
        loop.run(() -> {
            List<Task<Integer>> tasks = List.of(after(1, 1), after(2, 2));
            List<Awaitable<Integer>> its = Asyncio.asCompleted(tasks);
            Task<Integer> first = createTask(() -> its.get(0).await());
            sleep(0.5);
            first.cancel();
            assertThatThrownBy(first::await).isInstanceOf(CancelledError.class);
            got.add(its.get(0).await());
            got.add(its.get(1).await());
            return null;
        });
        assertThat(got).containsExactly(1, 2);
    }

    @Test
    void shieldPassesResultAndError() {
        loop.run(() -> {
            assertThat(Asyncio.shield(after(1, 5)).await()).isEqualTo(5);
            Task<Object> bad = createTask(() -> {
                sleep(1);
                throw new IllegalStateException("inner");
            });
            assertThatThrownBy(() -> Asyncio.shield(bad).await()).hasMessage("inner");
            return null;
        });
    }

    @Test
    void shieldOuterCancelledWhenInnerIsCancelled() {
        loop.run(() -> {
            Task<Integer> inner = after(5, 1);
            Future<Integer> outer = Asyncio.shield(inner);
            sleep(0);
            inner.cancel();
            assertThatThrownBy(outer::await).isInstanceOf(CancelledError.class);
            assertThat(outer.cancelled()).isTrue();
            return null;
        });
    }
}
