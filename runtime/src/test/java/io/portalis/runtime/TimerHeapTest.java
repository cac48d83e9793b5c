package io.portalis.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimerHeapTest {

    private final EventLoop loop = EventLoop.newEventLoop(Clock.virtual());
    private long sequence = 1;  // as the loop's: 0 means "not sleeping" in a task

    private TimerHandle timer(long deadline) {
        return new TimerHandle(loop, () -> { }, deadline, sequence++);
    }

    private static final Comparator<TimerHandle> ORDER =
            Comparator.<TimerHandle>comparingLong(t -> t.deadlineNanos).thenComparingLong(t -> t.sequence);

    @Test
    void pollsByDeadlineThenSchedulingOrderUnderRandomUse() {
        Random random = new Random(42);
        TimerHeap heap = new TimerHeap();
        List<TimerHandle> reference = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            if (random.nextInt(3) > 0 || reference.isEmpty()) {
                TimerHandle t = timer(random.nextInt(50));
                heap.add(t);
                reference.add(t);
            } else {
                reference.sort(ORDER);
                assertThat(heap.peekDeadline()).isEqualTo(reference.get(0).deadlineNanos);
                assertThat(heap.poll()).isSameAs(reference.remove(0));
            }
            assertThat(heap.size()).isEqualTo(reference.size());
        }
        reference.sort(ORDER);
        for (TimerHandle expected : reference) {
            assertThat(heap.poll()).isSameAs(expected);
        }
        assertThat(heap.isEmpty()).isTrue();
    }

    @Test
    void removeCancelledKeepsTheOrderOfTheRest() {
        TimerHeap heap = new TimerHeap();
        List<TimerHandle> kept = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            TimerHandle t = timer((i * 37) % 101);
            heap.add(t);
            if (i % 3 == 0) {
                t.cancelled = true;
            } else {
                kept.add(t);
            }
        }
        heap.removeCancelled();
        kept.sort(ORDER);
        assertThat(heap.size()).isEqualTo(kept.size());
        for (TimerHandle expected : kept) {
            assertThat(heap.poll()).isSameAs(expected);
        }
    }

    @Test
    void timersMostlyInDeadlineOrderMergeWithEarlierOnesExactly() {
        // Mostly increasing deadlines (the sorted run), some earlier ones (the heap), equal deadlines across both,
        // polls interleaved so that the run's ring wraps around and grows, and a purge of cancelled timers.
        Random random = new Random(7);
        TimerHeap heap = new TimerHeap();
        List<TimerHandle> reference = new ArrayList<>();
        long now = 0;
        for (int step = 0; step < 30_000; step++) {
            int choice = random.nextInt(10);
            if (choice < 6 || reference.isEmpty()) {
                now += random.nextInt(3);
                TimerHandle t = timer(random.nextInt(8) == 0 ? now - random.nextInt(20) : now);
                heap.add(t);
                reference.add(t);
            } else if (choice < 9) {
                reference.sort(ORDER);
                assertThat(heap.peekSequence()).isEqualTo(reference.get(0).sequence);
                assertThat(heap.poll()).isSameAs(reference.remove(0));
            } else if (step % 50 == 0) {
                for (TimerHandle t : reference) {
                    t.cancelled |= random.nextInt(4) == 0;
                }
                heap.removeCancelled();
                reference.removeIf(t -> {
                    assertThat(t.scheduled).isEqualTo(!t.cancelled);
                    return t.cancelled;
                });
            }
            assertThat(heap.size()).isEqualTo(reference.size());
        }
        reference.sort(ORDER);
        for (TimerHandle expected : reference) {
            assertThat(heap.poll()).isSameAs(expected);
        }
        assertThat(heap.isEmpty()).isTrue();
    }

    @Test
    void clearEmptiesTheHeap() {
        TimerHeap heap = new TimerHeap();
        heap.add(timer(5));
        heap.add(timer(1));
        heap.clear();
        assertThat(heap.isEmpty()).isTrue();
    }

    @Test
    void aSleepingTaskIsItsOwnEntryAndDiesWithItsSleep() {
        TimerHeap heap = new TimerHeap();
        List<Task<Void>> live = new ArrayList<>();
        List<TimerHandle> handles = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long deadline = (i * 53) % 97;
            if (i % 2 == 0) {
                Task<Void> task = new Task<>(loop, () -> null, null, i);
                task.sleepSequence = sequence++;
                heap.add(deadline, task.sleepSequence, task);
                if (i % 4 == 0) {
                    task.sleepSequence = 0;  // its sleep was cancelled
                } else {
                    live.add(task);
                }
            } else {
                TimerHandle t = timer(deadline);
                heap.add(t);
                handles.add(t);
            }
        }
        heap.removeCancelled();
        assertThat(heap.size()).isEqualTo(live.size() + handles.size());
        long lastDeadline = Long.MIN_VALUE;
        long lastSequence = Long.MIN_VALUE;
        while (!heap.isEmpty()) {
            assertThat(heap.firstDead()).isFalse();
            long deadline = heap.peekDeadline();
            long seq = heap.peekSequence();
            assertThat(deadline > lastDeadline || deadline == lastDeadline && seq > lastSequence).isTrue();
            Object entry = heap.poll();
            if (entry instanceof Task<?> task) {
                assertThat(task.sleepSequence).isEqualTo(seq);
                assertThat(live.remove(task)).isTrue();
            } else {
                assertThat(handles.remove((TimerHandle) entry)).isTrue();
            }
            lastDeadline = deadline;
            lastSequence = seq;
        }
        assertThat(live).isEmpty();
        assertThat(handles).isEmpty();
    }
}
