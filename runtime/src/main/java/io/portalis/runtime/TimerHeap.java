package io.portalis.runtime;

import java.util.Arrays;

/**
 * The loop's timers: a binary min-heap ordered by deadline, then by scheduling order (asyncio's heapq of
 * TimerHandles, made stable). Keys live in primitive arrays beside the handles, so sifting compares longs in
 * contiguous memory instead of following a pointer to each handle: with 100,000 sleeping tasks, popping the due
 * timers was dominated by those cache misses.
 *
 * <p>Most timers arrive in deadline order (many tasks sleeping the same delay, one timeout per request): a timer
 * no earlier than the last one of the sorted run is appended to that run, a FIFO ring, instead of entering the
 * heap, so adding and popping it cost O(1) and touch memory in sequence. The earliest timer is the earlier of the
 * run's head and the heap's top; as scheduling order breaks ties, both follow one total order and the merged
 * sequence is exactly the one a single heap gives.
 */
final class TimerHeap {
    private long[] deadlines = new long[16];
    private long[] sequences = new long[16];
    private TimerHandle[] handles = new TimerHandle[16];
    private int size;
    /** The sorted run: {@code runSize} timers from {@code runHead} in a ring whose capacity is a power of two. */
    private TimerHandle[] run = new TimerHandle[16];
    private int runHead;
    private int runSize;

    int size() {
        return size + runSize;
    }

    boolean isEmpty() {
        return size == 0 && runSize == 0;
    }

    /** The earliest timer; the heap must not be empty. */
    TimerHandle peek() {
        return runFirst() ? run[runHead] : handles[0];
    }

    /** The earliest deadline; the heap must not be empty. */
    long peekDeadline() {
        return runFirst() ? run[runHead].deadlineNanos : deadlines[0];
    }

    /** True iff the earliest timer is the head of the sorted run. */
    private boolean runFirst() {
        if (runSize == 0) {
            return false;
        }
        if (size == 0) {
            return true;
        }
        TimerHandle head = run[runHead];
        return before(head.deadlineNanos, head.sequence, deadlines[0], sequences[0]);
    }

    void add(TimerHandle timer) {
        // Sequences only grow, so a deadline no earlier than the run's last one sorts after it.
        if (runSize == 0 || timer.deadlineNanos >= run[(runHead + runSize - 1) & (run.length - 1)].deadlineNanos) {
            if (runSize == run.length) {
                growRun();
            }
            run[(runHead + runSize++) & (run.length - 1)] = timer;
            return;
        }
        if (size == handles.length) {
            int capacity = size * 2;
            deadlines = Arrays.copyOf(deadlines, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
            handles = Arrays.copyOf(handles, capacity);
        }
        siftUp(size++, timer.deadlineNanos, timer.sequence, timer);
    }

    private void growRun() {
        TimerHandle[] bigger = new TimerHandle[run.length * 2];
        for (int i = 0; i < runSize; i++) {
            bigger[i] = run[(runHead + i) & (run.length - 1)];
        }
        run = bigger;
        runHead = 0;
    }

    /** Removes and returns the earliest timer; the heap must not be empty. */
    TimerHandle poll() {
        if (runFirst()) {
            TimerHandle first = run[runHead];
            run[runHead] = null;
            runHead = (runHead + 1) & (run.length - 1);
            runSize--;
            return first;
        }
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
        int keptInRun = 0;
        for (int i = 0; i < runSize; i++) {
            int at = (runHead + i) & (run.length - 1);
            TimerHandle t = run[at];
            run[at] = null;
            if (t.cancelled) {
                t.scheduled = false;
            } else {
                run[(runHead + keptInRun++) & (run.length - 1)] = t;
            }
        }
        runSize = keptInRun;
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
        Arrays.fill(run, null);
        runHead = 0;
        runSize = 0;
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
