package io.portalis.pylib.dyn;

import java.util.concurrent.Semaphore;

/**
 * How a generator's body and its consumer hand control to each other. Two implementations: the JDK's one-shot
 * continuations ({@code jdk.internal.vm.Continuation}, a resume costs about a method call), used when the JVM
 * exports {@code jdk.internal.vm} to pylib ({@code --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED}); else a
 * virtual thread per generator, handing off through two semaphores, which is some microseconds per resume.
 *
 * <p>Exactly one side runs at a time: the consumer in {@link #start} or {@link #resume} until the body calls
 * {@link #suspend} or ends; the body from there until the consumer resumes it.
 */
abstract class GeneratorSwitch {
    private static final boolean CONTINUATIONS =
            Object.class.getModule().isExported("jdk.internal.vm", GeneratorSwitch.class.getModule());

    /**
     * A switch for one generator.
     *
     * @return the continuation switch when {@code jdk.internal.vm} is exported, else the virtual-thread one
     */
    static GeneratorSwitch create() {
        return CONTINUATIONS ? ContinuationSwitch.create() : new ThreadSwitch();
    }

    /**
     * Runs {@code body} from its start until it suspends or ends; called by the consumer, once.
     *
     * @param body the generator's body; it must not throw (the generator records its outcome instead)
     */
    abstract void start(Runnable body);

    /** Runs the suspended body until it suspends again or ends; called by the consumer. */
    abstract void resume();

    /** Hands control back to the consumer until the next {@link #resume}; called by the body. */
    abstract void suspend();

    /** Called by the body as its very last action. */
    abstract void finished();

    /** The portable switch: the body on its own virtual thread, the two sides alternating through semaphores. */
    static final class ThreadSwitch extends GeneratorSwitch {
        private final Semaphore toBody = new Semaphore(0);
        private final Semaphore toConsumer = new Semaphore(0);

        @Override
        void start(Runnable body) {
            Thread.ofVirtual().start(body);
            toConsumer.acquireUninterruptibly();
        }

        @Override
        void resume() {
            toBody.release();
            toConsumer.acquireUninterruptibly();
        }

        @Override
        void suspend() {
            toConsumer.release();
            toBody.acquireUninterruptibly();
        }

        @Override
        void finished() {
            toConsumer.release();
        }
    }
}
