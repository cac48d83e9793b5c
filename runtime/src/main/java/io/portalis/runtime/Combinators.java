package io.portalis.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The combinators of asyncio's tasks.py, with the same callback order; the public entry points are in {@link Asyncio}. */
final class Combinators {

    private static final Object TIMED_OUT = new Object();

    private Combinators() {
    }

    // ---------------------------------------------------------------- gather

    /** The future {@code gather} returns: cancelling it cancels every child. */
    static final class GatheringFuture<T> extends Future<List<T>> {
        private final List<Future<? extends T>> children;
        boolean cancelRequested;

        GatheringFuture(EventLoop loop, List<Future<? extends T>> children) {
            super(loop);
            this.children = children;
        }

        @Override
        public boolean cancel(String message) {
            if (done()) {
                return false;
            }
            boolean any = false;
            for (Future<? extends T> child : children) {
                if (child.cancel(message)) {
                    any = true;
                }
            }
            if (any) {
                // Children's cancellation will finish this future through their callbacks.
                cancelRequested = true;
            }
            return any;
        }
    }

    static <T> Future<List<T>> gather(EventLoop loop, List<? extends Future<? extends T>> futures,
            boolean returnExceptions) {
        if (futures.isEmpty()) {
            Future<List<T>> outer = loop.createFuture();
            outer.setResult(new ArrayList<>());
            return outer;
        }
        List<Future<? extends T>> children = new ArrayList<>(futures.size());
        Map<Future<?>, Boolean> seen = new IdentityHashMap<>();
        GatheringFuture<T> outer = new GatheringFuture<>(loop, children);
        int[] finished = {0};
        Consumer<Future<?>> onChildDone = new Consumer<>() {
            @Override
            public void accept(Future<?> fut) {
                finished[0]++;
                if (outer.done()) {
                    if (!fut.cancelled()) {
                        fut.exception(); // marks it retrieved
                    }
                    return;
                }
                if (!returnExceptions) {
                    if (fut.cancelled()) {
                        outer.setException(fut.makeCancelledError());
                        return;
                    }
                    Throwable exc = fut.exception();
                    if (exc != null) {
                        outer.setException(exc);
                        return;
                    }
                }
                if (finished[0] == seen.size()) {
                    List<Object> results = new ArrayList<>(children.size());
                    for (Future<? extends T> child : children) {
                        if (child.cancelled()) {
                            results.add(new CancelledError(child.cancelMessage == null ? "" : child.cancelMessage));
                        } else {
                            Throwable e = child.exception();
                            results.add(e != null ? e : child.result());
                        }
                    }
                    if (outer.cancelRequested) {
                        outer.setException(fut.makeCancelledError());
                    } else {
                        @SuppressWarnings("unchecked")
                        List<T> typed = (List<T>) results;
                        outer.setResult(typed);
                    }
                }
            }
        };
        for (Future<? extends T> f : futures) {
            if (f.loop != loop) {
                throw new IllegalArgumentException("gather: future " + f + " belongs to another loop");
            }
            if (seen.put(f, Boolean.TRUE) == null) {
                addCallback(f, onChildDone);
            }
            children.add(f);
        }
        return outer;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void addCallback(Future<?> f, Consumer<? super Future<?>> cb) {
        f.addDoneCallback((Consumer) cb);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void removeCallback(Future<?> f, Consumer<? super Future<?>> cb) {
        f.removeDoneCallback((Consumer) cb);
    }

    // ---------------------------------------------------------------- shield

    static <T> Future<T> shield(Future<T> inner) {
        if (inner.done()) {
            return inner;
        }
        Future<T> outer = inner.loop.createFuture();
        Consumer<Future<T>> innerDone = in -> {
            if (outer.cancelled()) {
                if (!in.cancelled()) {
                    in.exception(); // marks it retrieved
                }
                return;
            }
            if (in.cancelled()) {
                outer.cancel();
            } else {
                Throwable exc = in.exception();
                if (exc != null) {
                    outer.setException(exc);
                } else {
                    outer.setResult(in.result());
                }
            }
        };
        inner.addDoneCallback(innerDone);
        outer.addDoneCallback(out -> {
            if (!inner.done()) {
                inner.removeDoneCallback(innerDone);
            }
        });
        return outer;
    }

    // ---------------------------------------------------------------- wait

    static <F extends Future<?>> Done<F> wait(Collection<F> futures, double timeout, ReturnWhen returnWhen) {
        if (futures.isEmpty()) {
            throw new IllegalArgumentException("Set of Tasks/Futures is empty.");
        }
        if (returnWhen == null) {
            throw new IllegalArgumentException("Invalid return_when value: null");
        }
        EventLoop loop = EventLoop.running();
        Set<F> fs = new LinkedHashSet<>(futures);
        Future<Void> waiter = loop.createFuture();
        TimerHandle timeoutHandle = Double.isNaN(timeout) ? null
                : loop.callLater(timeout, () -> releaseWaiter(waiter));
        int[] counter = {fs.size()};
        Consumer<Future<?>> onCompletion = f -> {
            counter[0]--;
            if (counter[0] <= 0 || returnWhen == ReturnWhen.FIRST_COMPLETED
                    || returnWhen == ReturnWhen.FIRST_EXCEPTION && !f.cancelled() && f.exception() != null) {
                if (timeoutHandle != null) {
                    timeoutHandle.cancel();
                }
                releaseWaiter(waiter);
            }
        };
        for (F f : fs) {
            addCallback(f, onCompletion);
        }
        try {
            waiter.await();
        } finally {
            if (timeoutHandle != null) {
                timeoutHandle.cancel();
            }
            for (F f : fs) {
                removeCallback(f, onCompletion);
            }
        }
        Set<F> done = new LinkedHashSet<>();
        Set<F> pending = new LinkedHashSet<>();
        for (F f : fs) {
            (f.done() ? done : pending).add(f);
        }
        return new Done<>(done, pending);
    }

    static void releaseWaiter(Future<?> waiter) {
        if (!waiter.done()) {
            waiter.setResult(null);
        }
    }

    // ---------------------------------------------------------------- wait_for

    static <T> T waitFor(Future<T> fut, double timeout) {
        EventLoop loop = EventLoop.running();
        if (Double.isNaN(timeout)) {
            return fut.await();
        }
        if (timeout <= 0) {
            if (fut.done()) {
                return fut.result();
            }
            cancelAndWait(fut, loop);
            return resultOrTimeout(fut);
        }
        Future<Void> waiter = loop.createFuture();
        TimerHandle timeoutHandle = loop.callLater(timeout, () -> releaseWaiter(waiter));
        Consumer<Future<T>> cb = f -> releaseWaiter(waiter);
        fut.addDoneCallback(cb);
        try {
            try {
                waiter.await();
            } catch (CancelledError e) {
                if (fut.done()) {
                    return fut.result();
                }
                fut.removeDoneCallback(cb);
                // The awaited work must not be running any more when waitFor returns (bpo-32751).
                cancelAndWait(fut, loop);
                throw e;
            }
            if (fut.done()) {
                return fut.result();
            }
            fut.removeDoneCallback(cb);
            cancelAndWait(fut, loop);
            // If the cancellation ended in another exception, that one propagates (bpo-40607).
            return resultOrTimeout(fut);
        } finally {
            timeoutHandle.cancel();
        }
    }

    private static <T> T resultOrTimeout(Future<T> fut) {
        try {
            return fut.result();
        } catch (CancelledError e) {
            throw new TimeoutError(e);
        }
    }

    private static void cancelAndWait(Future<?> fut, EventLoop loop) {
        Future<Void> waiter = loop.createFuture();
        Consumer<Future<?>> cb = f -> releaseWaiter(waiter);
        addCallback(fut, cb);
        try {
            fut.cancel();
            // Awaiting the waiter, not fut, keeps this wait itself cancellable.
            waiter.await();
        } finally {
            removeCallback(fut, cb);
        }
    }

    // ---------------------------------------------------------------- as_completed

    static <T> List<Awaitable<T>> asCompleted(Collection<? extends Future<? extends T>> futures, double timeout) {
        EventLoop loop = EventLoop.running();
        Set<Future<? extends T>> todo = new LinkedHashSet<>(futures);
        int count = todo.size();
        ArrayDeque<Object> done = new ArrayDeque<>();
        ArrayDeque<Future<Void>> getters = new ArrayDeque<>();
        // A minimal unbounded queue with asyncio.Queue's wake-up order; TIMED_OUT marks a timeout.
        Runnable wakeupNext = () -> {
            while (!getters.isEmpty()) {
                Future<Void> getter = getters.pollFirst();
                if (!getter.done()) {
                    getter.setResult(null);
                    break;
                }
            }
        };
        Consumer<Object> put = f -> {
            done.addLast(f);
            wakeupNext.run();
        };
        TimerHandle[] timeoutHandle = {null};
        Consumer<Future<?>> onCompletion = new Consumer<>() {
            @Override
            public void accept(Future<?> f) {
                if (todo.isEmpty()) {
                    return;
                }
                todo.remove(f);
                put.accept(f);
                if (todo.isEmpty() && timeoutHandle[0] != null) {
                    timeoutHandle[0].cancel();
                }
            }
        };
        for (Future<? extends T> f : todo) {
            addCallback(f, onCompletion);
        }
        if (!todo.isEmpty() && !Double.isNaN(timeout)) {
            timeoutHandle[0] = loop.callLater(timeout, () -> {
                for (Future<? extends T> f : todo) {
                    removeCallback(f, onCompletion);
                    put.accept(TIMED_OUT);
                }
                todo.clear();
            });
        }
        Awaitable<T> waitForOne = () -> {
            while (done.isEmpty()) {
                Future<Void> getter = loop.createFuture();
                getters.addLast(getter);
                try {
                    getter.await();
                } catch (CancelledError e) {
                    getter.cancel();
                    getters.remove(getter);
                    if (!done.isEmpty() && !getter.cancelled()) {
                        // Pass the wake-up on so no item waits behind a cancelled getter.
                        wakeupNext.run();
                    }
                    throw e;
                }
            }
            Object f = done.pollFirst();
            if (f == TIMED_OUT) {
                throw new TimeoutError();
            }
            @SuppressWarnings("unchecked")
            Future<? extends T> typed = (Future<? extends T>) f;
            return typed.result();
        };
        List<Awaitable<T>> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(waitForOne);
        }
        return result;
    }
}
