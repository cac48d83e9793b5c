package io.portalis.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * The portable engine: each fiber is a virtual thread, and control is handed between the loop's thread and the
 * fiber's thread so that exactly one of them runs at a time. Slower than {@link ContinuationEngine} (two thread
 * switches per suspension) but needs no JDK internals, and gives identical scheduling.
 */
final class VirtualThreadEngine implements Engine {

    @Override
    public String name() {
        return "virtual-thread";
    }

    @Override
    public Fiber newFiber(EventLoop loop, Runnable body) {
        return new ThreadFiber(loop, body);
    }

    private static final class ThreadFiber implements Fiber {
        private final EventLoop loop;
        private final Runnable body;
        private Thread thread;
        private Thread driver;
        /** True iff the fiber holds the turn: set by the loop to hand over, cleared by the fiber to hand back. */
        private volatile boolean fiberTurn;
        private volatile boolean done;

        ThreadFiber(EventLoop loop, Runnable body) {
            this.loop = loop;
            this.body = body;
        }

        @Override
        public void resume() {
            driver = Thread.currentThread();
            fiberTurn = true;
            if (thread == null) {
                thread = Thread.ofVirtual().name("portalis-fiber").unstarted(this::runBody);
                thread.start();
            } else {
                LockSupport.unpark(thread);
            }
            while (fiberTurn) {
                LockSupport.park(this);
            }
        }

        private void runBody() {
            EventLoop.bindToCurrentThread(loop);
            try {
                body.run();
            } finally {
                done = true;
                fiberTurn = false;
                LockSupport.unpark(driver);
            }
        }

        @Override
        public void suspend() {
            fiberTurn = false;
            LockSupport.unpark(driver);
            while (!fiberTurn) {
                LockSupport.park(this);
            }
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
