package io.portalis.runtime;

import java.util.Arrays;

/**
 * The loop's timers: a binary min-heap ordered by deadline, then by scheduling order (asyncio's heapq of
 * TimerHandles, made stable). Keys live in primitive arrays beside the entries, so sifting compares longs in
 * contiguous memory instead of following a pointer to each entry: with 100,000 sleeping tasks, popping the due
 * timers was dominated by those cache misses.
 *
 * <p>An entry is a {@link TimerHandle}, or a {@link Task} that sleeps: a sleep needs no handle and no future of its
 * own, the task itself waits in the heap (see {@link Task#sleepSequence}). A task's entry is live while the task's
 * sleep sequence still equals the entry's; a cancelled sleep leaves a dead entry behind, as a cancelled handle does.
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
    private Object[] entries = new Object[16];
    private int size;
    /** The sorted run: {@code runSize} timers from {@code runHead} in rings whose capacity is a power of two. */
    private long[] runDeadlines = new long[16];
    private long[] runSequences = new long[16];
    private Object[] run = new Object[16];
    private int runHead;
    private int runSize;

    int size() {
        return size + runSize;
    }

    boolean isEmpty() {
        return size == 0 && runSize == 0;
    }

    /** True iff {@code entry}, added with {@code sequence}, was cancelled. */
    static boolean dead(Object entry, long sequence) {
        return entry instanceof TimerHandle handle ? handle.cancelled : ((Task<?>) entry).sleepSequence != sequence;
    }

    /** True iff the earliest timer was cancelled; the heap must not be empty. */
    boolean firstDead() {
        return runFirst() ? dead(run[runHead], runSequences[runHead]) : dead(entries[0], sequences[0]);
    }

    /** The earliest deadline; the heap must not be empty. */
    long peekDeadline() {
        return runFirst() ? runDeadlines[runHead] : deadlines[0];
    }

    /** The scheduling sequence of the earliest timer; the heap must not be empty. */
    long peekSequence() {
        return runFirst() ? runSequences[runHead] : sequences[0];
    }

    /** True iff the earliest timer is the head of the sorted run. */
    private boolean runFirst() {
        if (runSize == 0) {
            return false;
        }
        if (size == 0) {
            return true;
        }
        return before(runDeadlines[runHead], runSequences[runHead], deadlines[0], sequences[0]);
    }

    /** Adds a handle, due at its deadline. */
    void add(TimerHandle timer) {
        add(timer.deadlineNanos, timer.sequence, timer);
    }

    /** Adds {@code entry}, due at {@code deadline}; {@code sequence} must exceed that of every timer added before. */
    void add(long deadline, long sequence, Object entry) {
        int mask = run.length - 1;
        // Sequences only grow, so a deadline no earlier than the run's last one sorts after it.
        if (runSize == 0 || deadline >= runDeadlines[(runHead + runSize - 1) & mask]) {
            if (runSize == run.length) {
                growRun();
                mask = run.length - 1;
            }
            int at = (runHead + runSize++) & mask;
            runDeadlines[at] = deadline;
            runSequences[at] = sequence;
            run[at] = entry;
            return;
        }
        if (size == entries.length) {
            int capacity = size * 2;
            deadlines = Arrays.copyOf(deadlines, capacity);
            sequences = Arrays.copyOf(sequences, capacity);
            entries = Arrays.copyOf(entries, capacity);
        }
        siftUp(size++, deadline, sequence, entry);
    }

    private void growRun() {
        int capacity = run.length * 2;
        long[] d = new long[capacity];
        long[] s = new long[capacity];
        Object[] e = new Object[capacity];
        int mask = run.length - 1;
        for (int i = 0; i < runSize; i++) {
            int at = (runHead + i) & mask;
            d[i] = runDeadlines[at];
            s[i] = runSequences[at];
            e[i] = run[at];
        }
        runDeadlines = d;
        runSequences = s;
        run = e;
        runHead = 0;
    }

    /** Removes and returns the earliest timer; the heap must not be empty. */
    Object poll() {
        if (runFirst()) {
            Object first = run[runHead];
            run[runHead] = null;
            runHead = (runHead + 1) & (run.length - 1);
            runSize--;
            return first;
        }
        Object first = entries[0];
        int last = --size;
        Object moved = entries[last];
        long deadline = deadlines[last];
        long sequence = sequences[last];
        entries[last] = null;
        if (last > 0) {
            siftDown(0, deadline, sequence, moved);
        }
        return first;
    }

    /** Marks a handle leaving the heap as no longer scheduled (a task's entry needs nothing). */
    static void unschedule(Object entry) {
        if (entry instanceof TimerHandle handle) {
            handle.scheduled = false;
        }
    }

    /** Drops every cancelled timer (marking handles unscheduled) and rebuilds the heap. */
    void removeCancelled() {
        int mask = run.length - 1;
        int keptInRun = 0;
        for (int i = 0; i < runSize; i++) {
            int at = (runHead + i) & mask;
            Object t = run[at];
            run[at] = null;
            if (dead(t, runSequences[at])) {
                unschedule(t);
            } else {
                int to = (runHead + keptInRun++) & mask;
                runDeadlines[to] = runDeadlines[at];
                runSequences[to] = runSequences[at];
                run[to] = t;
            }
        }
        runSize = keptInRun;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            Object t = entries[i];
            if (dead(t, sequences[i])) {
                unschedule(t);
            } else {
                deadlines[kept] = deadlines[i];
                sequences[kept] = sequences[i];
                entries[kept++] = t;
            }
        }
        Arrays.fill(entries, kept, size, null);
        size = kept;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, deadlines[i], sequences[i], entries[i]);
        }
    }

    void clear() {
        Arrays.fill(entries, 0, size, null);
        size = 0;
        Arrays.fill(run, null);
        runHead = 0;
        runSize = 0;
    }

    private static boolean before(long deadline, long sequence, long otherDeadline, long otherSequence) {
        return deadline < otherDeadline || deadline == otherDeadline && sequence < otherSequence;
    }

    private void siftUp(int index, long deadline, long sequence, Object entry) {
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
        entries[index] = entry;
    }

    private void siftDown(int index, long deadline, long sequence, Object entry) {
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
        entries[index] = entry;
    }

    /** Moves the entry at {@code from} to {@code to}. */
    private void place(int to, int from) {
        deadlines[to] = deadlines[from];
        sequences[to] = sequences[from];
        entries[to] = entries[from];
    }
}
