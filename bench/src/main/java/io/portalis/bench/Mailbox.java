package io.portalis.bench;

import io.portalis.runtime.EventLoop;
import io.portalis.runtime.Future;

/**
 * A one-slot handoff between two tasks built only on the runtime's public future API (create a future, await it,
 * complete it from the other task): what the pingpong workload measures until the runtime has channels.
 */
final class Mailbox {
    private final EventLoop loop;
    private Future<Integer> receiver;
    private Integer item;

    Mailbox(EventLoop loop) {
        this.loop = loop;
    }

    /** Hands {@code value} to the waiting receiver, or leaves it in the slot. */
    void send(int value) {
        Future<Integer> r = receiver;
        if (r != null) {
            receiver = null;
            r.setResult(value);
        } else if (item == null) {
            item = value;
        } else {
            throw new IllegalStateException("mailbox full");
        }
    }

    /** Takes the item in the slot, or waits for the next one. */
    int receive() {
        Integer v = item;
        if (v != null) {
            item = null;
            return v;
        }
        Future<Integer> r = loop.createFuture();
        receiver = r;
        return r.await();
    }
}
