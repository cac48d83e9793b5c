package io.portalis.runtime.sync;

import io.portalis.runtime.EventLoop;

/**
 * The event loop a synchronisation primitive belongs to, fixed the first time the primitive has to suspend a task
 * (asyncio's {@code _LoopBoundMixin}): a primitive may be created anywhere, even before any loop runs, but may only
 * ever suspend tasks of one loop. The queues and channels use it too.
 */
public final class LoopBinding {

    private final Object owner;
    private EventLoop loop;

    /** A binding for {@code owner}, whose {@code toString} names it in errors. */
    public LoopBinding(Object owner) {
        this.owner = owner;
    }

    /**
     * The running loop, which becomes (or must already be) the owner's loop.
     *
     * @throws IllegalStateException if no loop runs on this thread, or if the owner is bound to another loop
     */
    public EventLoop loop() {
        EventLoop running = EventLoop.running();
        EventLoop bound = loop;
        if (bound == null) {
            loop = running;
        } else if (bound != running) {
            throw new IllegalStateException(owner + " is bound to a different event loop");
        }
        return running;
    }
}
