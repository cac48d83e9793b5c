package io.portalis.runtime;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Bridges between the loop and other threads: asyncio's wrap_future and run_coroutine_threadsafe. */
final class ThreadBridge {

    private ThreadBridge() {
    }

    /** Suspends the current task of {@code loop} until {@code cf} completes; cancelling the task cancels cf. */
    static <T> T await(EventLoop loop, CompletableFuture<T> cf) {
        Future<T> f = loop.createFuture();
        f.addDoneCallback(done -> {
            if (done.cancelled()) {
                cf.cancel(true);
            }
        });
        cf.whenComplete((value, error) -> {
            try {
                loop.callSoonThreadsafe(() -> {
                    if (f.done()) {
                        return;
                    }
                    if (error == null) {
                        f.setResult(value);
                    } else {
                        Throwable cause = unwrap(error);
                        if (cause instanceof CancellationException) {
                            f.cancel();
                        } else {
                            f.setException(cause);
                        }
                    }
                });
            } catch (IllegalStateException loopClosed) {
                // Nobody can receive the outcome any more.
            }
        });
        return f.await();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    static <T> CompletableFuture<T> runCoroutineThreadsafe(Coroutine<T> coroutine, EventLoop loop) {
        LoopResult<T> cf = new LoopResult<>(loop);
        loop.callSoonThreadsafe(() -> {
            if (cf.isDone()) {
                return; // cancelled before it started
            }
            try {
                Task<T> task = loop.createTask(coroutine);
                task.addDoneCallback(t -> {
                    if (t.cancelled()) {
                        cf.cancel(false);
                    } else if (t.exception() != null) {
                        cf.completeExceptionally(t.exception());
                    } else {
                        cf.complete(t.result());
                    }
                });
                cf.whenComplete((v, e) -> {
                    if (cf.isCancelled() && !task.done()) {
                        try {
                            loop.callSoonThreadsafe(task::cancel);
                        } catch (IllegalStateException loopClosed) {
                            // The task went with its loop.
                        }
                    }
                });
            } catch (Throwable e) {
                cf.completeExceptionally(e);
            }
        });
        return cf;
    }

    /** The result of {@link Asyncio#runCoroutineThreadsafe}: refuses to block the loop's own thread. */
    static final class LoopResult<T> extends CompletableFuture<T> {
        private final EventLoop loop;

        LoopResult(EventLoop loop) {
            this.loop = loop;
        }

        private void checkNotOnLoop() {
            if (EventLoop.runningOrNull() == loop) {
                throw new IllegalStateException(
                        "blocking on a result of the event loop from the loop's own thread would deadlock it");
            }
        }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            checkNotOnLoop();
            return super.get();
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            checkNotOnLoop();
            return super.get(timeout, unit);
        }

        @Override
        public T join() {
            checkNotOnLoop();
            return super.join();
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new CompletableFuture<>();
        }
    }
}
