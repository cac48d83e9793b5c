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

    /**
     * Drives the loop from a virtual thread: handing control between two virtual threads costs a few
     * microseconds, between a platform thread and a virtual one several times more (the platform thread parks in
     * the kernel). The caller waits for the loop's thread, passing an interrupt on to it (the loop reacts to it),
     * and gets what it threw.
     */
    @Override
    public void drive(Runnable body) {
        if (Thread.currentThread().isVirtual()) {
            body.run();
            return;
        }
        Throwable[] failure = new Throwable[1];
        Thread loopThread = Thread.ofVirtual().name("portalis-loop").start(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        boolean interrupted = false;
        while (true) {
            try {
                loopThread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                loopThread.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw Future.sneaky(failure[0]);
        }
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
