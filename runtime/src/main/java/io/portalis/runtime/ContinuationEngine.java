package io.portalis.runtime;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * The fast engine: one-shot delimited continuations of the JDK, the machinery virtual threads are built on.
 * Needs {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}; {@link Engines} loads this class only when
 * that export is present, so its mere absence never breaks class loading.
 */
final class ContinuationEngine implements Engine {

    private static final ContinuationScope SCOPE = new ContinuationScope("portalis");

    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public Fiber newFiber(EventLoop loop, Runnable body) {
        return new ContinuationFiber(body);
    }

    private static final class ContinuationFiber extends Continuation implements Fiber {
        ContinuationFiber(Runnable body) {
            super(SCOPE, body);
        }

        @Override
        public void resume() {
            run();
        }

        @Override
        public void suspend() {
            // A pinned continuation (a monitor held, a native frame on the stack) cannot yield; the JDK reports
            // it as IllegalStateException("Pinned: ..."), which reaches the awaiting code unchanged.
            Continuation.yield(SCOPE);
        }
    }
}
