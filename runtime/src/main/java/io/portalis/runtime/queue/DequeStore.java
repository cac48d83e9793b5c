package io.portalis.runtime.queue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** FIFO or LIFO storage on an array deque; null items are kept as a marker, since the deque refuses null. */
final class DequeStore<T> implements Store<T> {

    private static final Object NULL = new Object();

    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final boolean lifo;

    DequeStore(boolean lifo) {
        this.lifo = lifo;
    }

    @Override
    public void push(T item) {
        items.addLast(item == null ? NULL : item);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T pop() {
        Object item = lifo ? items.pollLast() : items.pollFirst();
        return item == NULL ? null : (T) item;
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterable<T> items() {
        List<T> list = new ArrayList<>(items.size());
        for (Object o : items) {
            list.add(o == NULL ? null : (T) o);
        }
        return list;
    }
}
