package io.portalis.runtime.queue;

import java.util.ArrayDeque;

import io.portalis.runtime.CancelledError;
import io.portalis.runtime.sync.Event;
import io.portalis.runtime.sync.LoopBinding;
import io.portalis.runtime.sync.Waiter;

/**
 * A first-in, first-out queue for tasks (asyncio's {@code Queue}), bounded by {@code maxsize} or unbounded
 * ({@code maxsize} 0 or less). {@link LifoQueue} and {@link PriorityQueue} change only the order items come out.
 *
 * <p>No item is ever lost to a cancellation: an item stays in the queue until a getter takes it, and a getter (or
 * putter) that was woken and then cancelled before it ran passes its wake-up to the next one. {@link #taskDone()}
 * and {@link #join()} count items processed, and {@link #shutdown(boolean)} (from Python 3.13) closes the queue.
 *
 * <p>A queue is safe to use from the worker threads of one multi-thread runtime; on a current-thread loop it
 * behaves, and orders wake-ups, exactly as asyncio's does.
 *
 * @param <T> the item type; null items are allowed in {@link Queue} and {@link LifoQueue}
 */
public class Queue<T> {

    private final Object lock = new Object();
    private final LoopBinding binding = new LoopBinding(this);
    private final int maxsize;
    private final Store<T> store;
    private final ArrayDeque<Waiter<Void>> getters = new ArrayDeque<>();
    private final ArrayDeque<Waiter<Void>> putters = new ArrayDeque<>();
    /** Items put and not yet marked done by {@link #taskDone()}. */
    private int unfinishedTasks;
    /** Set iff {@link #unfinishedTasks} is zero. */
    private final Event finished = new Event();
    private boolean shutDown;

    /** An unbounded FIFO queue. */
    public Queue() {
        this(0);
    }

    /** A FIFO queue holding at most {@code maxsize} items; 0 or less means unbounded. */
    public Queue(int maxsize) {
        this(maxsize, new DequeStore<>(false));
    }

    Queue(int maxsize, Store<T> store) {
        this.maxsize = maxsize;
        this.store = store;
        finished.set();
    }

    /** The bound given at creation (0 or less: unbounded). */
    public int maxsize() {
        return maxsize;
    }

    /** The number of items in the queue. */
    public int qsize() {
        synchronized (lock) {
            return store.size();
        }
    }

    /** True iff the queue holds no item. */
    public boolean empty() {
        synchronized (lock) {
            return store.size() == 0;
        }
    }

    /** True iff the queue is bounded and holds {@code maxsize} items. */
    public boolean full() {
        synchronized (lock) {
            return isFull();
        }
    }

    private boolean isFull() {
        return maxsize > 0 && store.size() >= maxsize;
    }

    /**
     * Puts {@code item} at the end, suspending while the queue is full.
     *
     * <p>Cancellation: throws {@link CancelledError} and the item is not put; a free slot this putter had been woken
     * for is passed to the next putter.
     *
     * @throws QueueShutDown if the queue is or becomes shut down
     * @throws IllegalStateException outside a task when it has to wait
     */
    public void put(T item) {
        while (true) {
            Waiter<Void> putter;
            synchronized (lock) {
                if (!isFull()) {
                    putNowaitLocked(item);
                    return;
                }
                if (shutDown) {
                    throw new QueueShutDown();
                }
                putter = new Waiter<>(binding.loop());
                putters.addLast(putter);
            }
            try {
                putter.await();
            } catch (CancelledError e) {
                synchronized (lock) {
                    putter.abandon();
                    putters.remove(putter);
                    // Woken for a free slot but leaving: the next putter must get that slot's wake-up.
                    if (!isFull() && putter.woken()) {
                        wakeUpNext(putters);
                    }
                }
                throw e;
            }
        }
    }

    /**
     * Puts {@code item} at the end without suspending.
     *
     * @throws QueueFull if the queue is full
     * @throws QueueShutDown if the queue is shut down
     */
    public void putNowait(T item) {
        synchronized (lock) {
            putNowaitLocked(item);
        }
    }

    private void putNowaitLocked(T item) {
        if (shutDown) {
            throw new QueueShutDown();
        }
        if (isFull()) {
            throw new QueueFull();
        }
        store.push(item);
        unfinishedTasks++;
        finished.clear();
        wakeUpNext(getters);
    }

    /**
     * Removes and returns the next item, suspending while the queue is empty.
     *
     * <p>Cancellation: throws {@link CancelledError} and takes nothing: an item that arrived for this getter stays
     * in the queue, and the wake-up passes to the next getter.
     *
     * @throws QueueShutDown if the queue is empty and shut down (also when it is shut down while this waits)
     * @throws IllegalStateException outside a task when it has to wait
     */
    public T get() {
        while (true) {
            Waiter<Void> getter;
            synchronized (lock) {
                if (store.size() > 0) {
                    return getNowaitLocked();
                }
                if (shutDown) {
                    throw new QueueShutDown();
                }
                getter = new Waiter<>(binding.loop());
                getters.addLast(getter);
            }
            try {
                getter.await();
            } catch (CancelledError e) {
                synchronized (lock) {
                    getter.abandon();
                    getters.remove(getter);
                    // Woken for an item but leaving: the item stays, and the next getter must hear of it.
                    if (store.size() > 0 && getter.woken()) {
                        wakeUpNext(getters);
                    }
                }
                throw e;
            }
        }
    }

    /**
     * Removes and returns the next item without suspending.
     *
     * @throws QueueEmpty if the queue is empty
     * @throws QueueShutDown if the queue is empty and shut down
     */
    public T getNowait() {
        synchronized (lock) {
            if (store.size() == 0) {
                if (shutDown) {
                    throw new QueueShutDown();
                }
                throw new QueueEmpty();
            }
            return getNowaitLocked();
        }
    }

    private T getNowaitLocked() {
        T item = store.pop();
        wakeUpNext(putters);
        return item;
    }

    private static void wakeUpNext(ArrayDeque<Waiter<Void>> waiters) {
        Waiter<Void> w;
        while ((w = waiters.pollFirst()) != null) {
            if (w.wakeable()) {
                w.wake(null);
                return;
            }
        }
    }

    /**
     * Marks one item taken from the queue as processed; when every item put has been, {@link #join()} returns.
     *
     * @throws IllegalArgumentException "task_done() called too many times" if more items are marked than were put
     */
    public void taskDone() {
        synchronized (lock) {
            if (unfinishedTasks <= 0) {
                throw new IllegalArgumentException("task_done() called too many times");
            }
            unfinishedTasks--;
            if (unfinishedTasks == 0) {
                finished.set();
            }
        }
    }

    /**
     * Suspends until every item put so far has been marked {@linkplain #taskDone() done}; returns at once if so.
     *
     * <p>Cancellation: throws {@link CancelledError}; the queue is unchanged.
     */
    public void join() {
        boolean wait;
        synchronized (lock) {
            wait = unfinishedTasks > 0;
        }
        if (wait) {
            finished.await();
        }
    }

    /** {@link #shutdown(boolean) shutdown(false)}: the items already in the queue can still be taken. */
    public void shutdown() {
        shutdown(false);
    }

    /**
     * Shuts the queue down (asyncio 3.13): every later put throws {@link QueueShutDown}, and so does every get once
     * the queue is empty; every suspended putter and getter wakes up to find that out. With {@code immediate}, the
     * items in the queue are dropped at once (each counted as done for {@link #join()}), so getters fail at once.
     */
    public void shutdown(boolean immediate) {
        synchronized (lock) {
            shutDown = true;
            if (immediate) {
                while (store.size() > 0) {
                    store.pop();
                    if (unfinishedTasks > 0) {
                        unfinishedTasks--;
                    }
                }
                if (unfinishedTasks == 0) {
                    finished.set();
                }
            }
            wakeAll(getters);
            wakeAll(putters);
        }
    }

    private static void wakeAll(ArrayDeque<Waiter<Void>> waiters) {
        Waiter<Void> w;
        while ((w = waiters.pollFirst()) != null) {
            if (w.wakeable()) {
                w.wake(null);
            }
        }
    }

    /** True iff {@link #shutdown(boolean)} was called. */
    public boolean isShutDown() {
        synchronized (lock) {
            return shutDown;
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            StringBuilder s = new StringBuilder("<").append(getClass().getSimpleName()).append(" maxsize=")
                    .append(maxsize);
            if (store.size() > 0) {
                s.append(" _queue=").append(store.items());
            }
            if (!getters.isEmpty()) {
                s.append(" _getters[").append(getters.size()).append(']');
            }
            if (!putters.isEmpty()) {
                s.append(" _putters[").append(putters.size()).append(']');
            }
            if (unfinishedTasks > 0) {
                s.append(" tasks=").append(unfinishedTasks);
            }
            return s.append('>').toString();
        }
    }
}
