package io.portalis.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FutureTest {

    private final EventLoop loop = EventLoop.newEventLoop(Clock.virtual());

    @Test
    void newFutureIsPending() {
        Future<String> f = loop.createFuture();
        assertThat(f.done()).isFalse();
        assertThat(f.cancelled()).isFalse();
        assertThat(f.getLoop()).isSameAs(loop);
        assertThat(f).hasToString("<Future pending>");
    }

    @Test
    void resultOfPendingFutureIsInvalidState() {
        Future<String> f = loop.createFuture();
        assertThatThrownBy(f::result).isInstanceOf(InvalidStateError.class).hasMessage("Result is not set.");
        assertThatThrownBy(f::exception).isInstanceOf(InvalidStateError.class).hasMessage("Exception is not set.");
    }

    @Test
    void setResultCompletesOnce() {
        Future<String> f = loop.createFuture();
        f.setResult("v");
        assertThat(f.done()).isTrue();
        assertThat(f.result()).isEqualTo("v");
        assertThat(f.exception()).isNull();
        assertThatThrownBy(() -> f.setResult("w")).isInstanceOf(InvalidStateError.class)
                .hasMessageStartingWith("FINISHED");
        assertThatThrownBy(() -> f.setException(new RuntimeException())).isInstanceOf(InvalidStateError.class);
        assertThat(f.cancel()).isFalse();
    }

    @Test
    void setExceptionIsRethrownUnchangedByResult() {
        Future<String> f = loop.createFuture();
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        f.setException(boom);
        assertThat(f.exception()).isSameAs(boom);
        assertThatThrownBy(f::result).isSameAs(boom);
    }

    @Test
    void checkedExceptionIsRethrownUnwrapped() {
        Future<String> f = loop.createFuture();
        Exception checked = new java.io.IOException("disk");
        f.setException(checked);
        assertThatThrownBy(f::result).isSameAs(checked);
    }

    @Test
    void setExceptionRejectsNull() {
        Future<String> f = loop.createFuture();
        assertThatThrownBy(() -> f.setException(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void cancelWithMessage() {
        Future<String> f = loop.createFuture();
        assertThat(f.cancel("why")).isTrue();
        assertThat(f.cancelled()).isTrue();
        assertThat(f.done()).isTrue();
        assertThatThrownBy(f::result).isInstanceOf(CancelledError.class).hasMessage("why");
        assertThatThrownBy(f::exception).isInstanceOf(CancelledError.class);
        assertThat(f.cancel()).isFalse();
        assertThatThrownBy(() -> f.setResult("late")).isInstanceOf(InvalidStateError.class)
                .hasMessageStartingWith("CANCELLED");
    }

    @Test
    void doneCallbacksRunThroughTheLoopInOrderNeverInline() {
        List<String> calls = new ArrayList<>();
        loop.run(() -> {
            Future<String> f = Asyncio.getRunningLoop().createFuture();
            f.addDoneCallback(x -> calls.add("first " + x.result()));
            f.addDoneCallback(x -> calls.add("second " + x.result()));
            f.setResult("r");
            calls.add("after setResult");
            Asyncio.sleep(0);
            calls.add("after one iteration");
            return null;
        });
        assertThat(calls).containsExactly("after setResult", "first r", "second r", "after one iteration");
    }

    @Test
    void callbackAddedToDoneFutureIsScheduledNotCalled() {
        List<String> calls = new ArrayList<>();
        loop.run(() -> {
            Future<String> f = Asyncio.getRunningLoop().createFuture();
            f.setResult("r");
            f.addDoneCallback(x -> calls.add("callback"));
            calls.add("added");
            Asyncio.sleep(0);
            return null;
        });
        assertThat(calls).containsExactly("added", "callback");
    }

    @Test
    void removeDoneCallbackRemovesEveryRegistration() {
        Future<String> f = loop.createFuture();
        List<String> calls = new ArrayList<>();
        Consumer<Future<String>> a = x -> calls.add("a");
        Consumer<Future<String>> b = x -> calls.add("b");
        f.addDoneCallback(a);
        f.addDoneCallback(b);
        f.addDoneCallback(a);
        assertThat(f.removeDoneCallback(a)).isEqualTo(2);
        assertThat(f.removeDoneCallback(a)).isZero();
        loop.run(() -> {
            f.setResult("x");
            Asyncio.sleep(0);
            return null;
        });
        assertThat(calls).containsExactly("b");
    }

    @Test
    void removeSingleCallback() {
        Future<String> f = loop.createFuture();
        Consumer<Future<String>> a = x -> { };
        f.addDoneCallback(a);
        assertThat(f.removeDoneCallback(x -> { })).isZero();
        assertThat(f.removeDoneCallback(a)).isEqualTo(1);
    }

    @Test
    void awaitOfDoneFutureReturnsWithoutSuspending() {
        Steps steps = new Steps();
        loop.run(() -> {
            Future<Integer> f = Asyncio.getRunningLoop().createFuture();
            f.setResult(7);
            Asyncio.createTask(() -> {
                steps.expect(2);
                return null;
            });
            steps.expect(1);
            assertThat(f.await()).isEqualTo(7);
            Asyncio.sleep(0);
            steps.expect(3);
            return null;
        });
        steps.finish(4);
    }

    @Test
    void awaitOutsideAnyLoopIsRefused() {
        Future<String> f = loop.createFuture();
        assertThatThrownBy(f::await).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no running event loop");
    }

    @Test
    void awaitInPlainCallbackIsRefused() {
        List<Throwable> errors = new ArrayList<>();
        loop.run(() -> {
            EventLoop l = Asyncio.getRunningLoop();
            Future<String> f = l.createFuture();
            l.callSoon(() -> {
                try {
                    f.await();
                } catch (IllegalStateException e) {
                    errors.add(e);
                }
            });
            Asyncio.sleep(0);
            return null;
        });
        assertThat(errors).singleElement().extracting(Throwable::getMessage).asString()
                .contains("outside a task");
    }

    @Test
    void awaitingFutureOfAnotherLoopFailsAtNextStep() {
        EventLoop other = EventLoop.newEventLoop(Clock.virtual());
        Future<String> foreign = other.createFuture();
        assertThatThrownBy(() -> loop.run(foreign::await)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("attached to a different loop");
    }

    @Test
    void taskAwaitingItselfFails() {
        assertThatThrownBy(() -> loop.run(() -> {
            @SuppressWarnings("unchecked")
            Task<Object> self = (Task<Object>) Asyncio.currentTask();
            return self.await();
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("Task cannot await on itself");
    }

    @Test
    void stateTextsLookLikeAsyncio() {
        Future<Integer> f = loop.createFuture();
        f.setResult(3);
        assertThat(f).hasToString("<Future finished result=3>");
        Future<Integer> c = loop.createFuture();
        c.cancel();
        assertThat(c).hasToString("<Future cancelled>");
    }
}
