package io.portalis.runtime;

import java.util.Arrays;

/**
 * The loop's timers: a binary min-heap ordered by deadline, then by scheduling order (asyncio's heapq of
 * TimerHandles, made stable). Keys live in primitive arrays beside the handles, so sifting compares longs in
 * contiguous memory instead of following a pointer to each handle: with 100,000 sleeping tasks, popping the due
 * timers was dominated by those cache misses.
 */
final class TimerHeap {
    private long[] deadlines = new long[16];
    private long[] sequences = new long[16];
    private TimerHandle[] handles = new TimerHandle[16];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The earliest timer; the heap must not be empty. */
    TimerHandle peek() {
        return handles[0];
    }

    /** The earliest deadline; the heap must not be empty. */
    long peekDeadline() {
        return deadlines[0];
    }

    void add(TimerHandle timer) {
        if (size == handles.length) {
            int capacity = size * 2;
            deadlines = Arrays.copyOf(deadlines, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
            handles = Arrays.copyOf(handles, capacity);
        }
        siftUp(size++, timer.deadlineNanos, timer.sequence, timer);
    }

    /** Removes and returns the earliest timer; the heap must not be empty. */
    TimerHandle poll() {
        TimerHandle first = handles[0];
        int last = --size;
        TimerHandle moved = handles[last];
        long deadline = deadlines[last];
        long sequence = sequences[last];
        handles[last] = null;
        if (last > 0) {
            siftDown(0, deadline, sequence, moved);
        }
        return first;
    }

    /** Drops every cancelled timer (marking it unscheduled) and rebuilds the heap. */
    void removeCancelled() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            TimerHandle t = handles[i];
            if (t.cancelled) {
                t.scheduled = false;
            } else {
                deadlines[kept] = deadlines[i];
                sequences[kept] = sequences[i];
                handles[kept++] = t;
            }
        }
        Arrays.fill(handles, kept, size, null);
        size = kept;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, deadlines[i], sequences[i], handles[i]);
        }
    }

    void clear() {
        Arrays.fill(handles, 0, size, null);
        size = 0;
    }

    private static boolean before(long deadline, long sequence, long otherDeadline, long otherSequence) {
        return deadline < otherDeadline || deadline == otherDeadline && sequence < otherSequence;
    }

    private void siftUp(int index, long deadline, long sequence, TimerHandle timer) {
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (!before(deadline, sequence, deadlines[parent], sequences[parent])) {
                break;
            }
            place(index, parent);
            index = parent;
        }
        deadlines[index] = deadline;
        sequences[index] = sequence;
        handles[index] = timer;
    }

    private void siftDown(int index, long deadline, long sequence, TimerHandle timer) {
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < size && before(deadlines[right], sequences[right], deadlines[child], sequences[child])) {
                child = right;
            }
            if (!before(deadlines[child], sequences[child], deadline, sequence)) {
                break;
            }
            place(index, child);
            index = child;
        }
        deadlines[index] = deadline;
        sequences[index] = sequence;
        handles[index] = timer;
    }

    /** Moves the entry at {@code from} to {@code to}. */
    private void place(int to, int from) {
        deadlines[to] = deadlines[from];
        sequences[to] = sequences[from];
        handles[to] = handles[from];
    }
}
