package io.portalis.pylib.dyn;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * The fast {@link GeneratorSwitch}: the body runs as a {@code jdk.internal.vm.Continuation} mounted on the
 * consumer's own thread. Only linked when {@code jdk.internal.vm} is exported to pylib. A generator nested in
 * another one's body is a nested continuation of the same scope; {@code yield} suspends the innermost, which is
 * the generator whose body is running. An abandoned suspended generator is ordinary garbage.
 */
final class ContinuationSwitch extends GeneratorSwitch {
    private static final ContinuationScope SCOPE = new ContinuationScope("portalis-generator");

    private Continuation continuation;

    private ContinuationSwitch() {
    }

    static GeneratorSwitch create() {
        return new ContinuationSwitch();
    }

    @Override
    void start(Runnable body) {
        continuation = new Continuation(SCOPE, body);
        continuation.run();
    }

    @Override
    void resume() {
        continuation.run();
    }

    @Override
    void suspend() {
        Continuation.yield(SCOPE);
    }

    @Override
    void finished() {
        // the body returning ends Continuation.run in the consumer
    }
}
