package io.portalis.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.portalis.runtime.queue.LifoQueue;
import io.portalis.runtime.queue.PriorityQueue;
import io.portalis.runtime.queue.Queue;
import io.portalis.runtime.queue.QueueEmpty;
import io.portalis.runtime.queue.QueueFull;
import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;

/**
 * The queues against CPython: each test runs the scenario of {@code cpython/NAME.py} and asserts that it prints
 * exactly CPython's {@code cpython/NAME.out}.
 */
class QueueDifferentialTest {

    private final Out out = new Out();

    @Test
    void queueBasic() {
        Out.run(() -> {
            Queue<String> q = new Queue<>(2);
            out.print("maxsize", q.maxsize(), "empty", q.empty(), "full", q.full(), "qsize", q.qsize());
            q.putNowait("a");
            q.putNowait(null);
            out.print("full", q.full(), "qsize", q.qsize());
            try {
                q.putNowait("c");
            } catch (QueueFull e) {
                out.print("QueueFull");
            }
            out.print(q.getNowait(), q.getNowait());
            try {
                q.getNowait();
            } catch (QueueEmpty e) {
                out.print("QueueEmpty");
            }
            Queue<Integer> u = new Queue<>();
            for (int i = 0; i < 1000; i++) {
                u.putNowait(i);
            }
            out.print("unbounded full?", u.full(), "qsize", u.qsize(), "first", u.get());
            return null;
        });
        out.assertMatchesGolden("queue_basic");
    }

    @Test
    void queueJoinTaskDone() {
        Out.run(() -> {
            Queue<Integer> q = new Queue<>();
            out.print("join on a fresh queue returns at once");
            q.join();
            for (int i : new int[] {5, 1, 2, 1}) {
                q.putNowait(i);
            }
            List<Task<Void>> ws = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                String name = "w" + n;
                ws.add(createTask(() -> {
                    while (true) {
                        int item = q.get();
                        sleep(0.01 * item);
                        out.print(name, "processed", item);
                        q.taskDone();
                    }
                }));
            }
            q.join();
            out.print("joined, qsize", q.qsize());
            for (Task<Void> w : ws) {
                w.cancel();
            }
            Asyncio.gatherReturnExceptions(ws);
            try {
                q.taskDone();
            } catch (IllegalArgumentException e) {
                out.print("ValueError", e.getMessage());
            }
            return null;
        });
        out.assertMatchesGolden("queue_join_task_done");
    }

    private Coroutine<Void> getter(Queue<String> q, String name) {
        return () -> {
            try {
                String item = q.get();
                out.print(name, "got", item);
            } catch (CancelledError e) {
                out.print(name, "cancelled, qsize", q.qsize());
                throw e;
            }
            return null;
        };
    }

    @Test
    void queueGetCancelled() {
        Out.run(() -> {
            Queue<String> q = new Queue<>();
            Task<Void> a = createTask(getter(q, "a"));
            Task<Void> b = createTask(getter(q, "b"));
            sleep(0);
            q.putNowait("item1");
            a.cancel();
            Asyncio.gatherReturnExceptions(List.of(a, b));
            out.print("qsize", q.qsize());
            Task<Void> c = createTask(getter(q, "c"));
            sleep(0);
            c.cancel();
            Asyncio.gatherReturnExceptions(List.of(c));
            q.putNowait("item2");
            out.print("after cancelled waiter, qsize", q.qsize(), "get", q.getNowait());
            return null;
        });
        out.assertMatchesGolden("queue_get_cancelled");
    }

    @Test
    void queuePutOrder() {
        Out.run(() -> {
            Queue<Integer> q = new Queue<>(1);
            List<Task<Void>> ts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int item = i;
                ts.add(createTask(() -> {
                    out.print("put start", item);
                    q.put(item);
                    out.print("put done", item);
                    return null;
                }));
            }
            sleep(0);
            out.print("qsize", q.qsize(), "full", q.full());
            List<Integer> got = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                got.add(q.get());
                out.print("got", got.getLast());
                sleep(0);
            }
            Asyncio.gather(ts);
            out.print(got);
            return null;
        });
        out.assertMatchesGolden("queue_put_order");
    }

    @Test
    void queueCancelPutter() {
        Out.run(() -> {
            Queue<String> q = new Queue<>(1);
            q.putNowait("first");
            class P {
                Coroutine<Void> of(String item) {
                    return () -> {
                        try {
                            q.put(item);
                            out.print("put", item);
                        } catch (CancelledError e) {
                            out.print("cancelled putter", item, "qsize", q.qsize());
                            throw e;
                        }
                        return null;
                    };
                }
            }
            Task<Void> a = createTask(new P().of("a"));
            Task<Void> b = createTask(new P().of("b"));
            sleep(0);
            out.print("took", q.getNowait());
            a.cancel();
            Asyncio.gatherReturnExceptions(List.of(a, b));
            List<String> items = new ArrayList<>();
            for (int n = q.qsize(); n > 0; n--) {
                items.add(q.getNowait());
            }
            out.print("items", items);
            return null;
        });
        out.assertMatchesGolden("queue_cancel_putter");
    }

    /** The documented recipe: the priority decides, the payload takes no part in the comparison. */
    private record Job(int priority, String name) {
    }

    @Test
    void priorityQueueTies() {
        Out.run(() -> {
            Comparator<Job> byPriority = Comparator.comparingInt(Job::priority);
            PriorityQueue<Job> q = new PriorityQueue<>(0, byPriority);
            String[] names = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
            int[] prios = {2, 1, 2, 1, 0, 2, 1, 2, 1};
            for (int i = 0; i < names.length; i++) {
                q.put(new Job(prios[i], names[i]));
            }
            List<String> order = new ArrayList<>();
            while (!q.empty()) {
                Job j = q.getNowait();
                order.add(j.priority() + j.name());
            }
            out.print(order);
            PriorityQueue<Job> q2 = new PriorityQueue<>(0, byPriority);
            int[] p2 = {5, 3, 5, 1, 3, 5, 1};
            for (int i = 0; i < p2.length; i++) {
                q2.putNowait(new Job(p2[i], "j" + i));
            }
            List<String> first = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                first.add(q2.getNowait().name());
            }
            out.print(first);
            q2.putNowait(new Job(1, "late"));
            List<String> rest = new ArrayList<>();
            for (int n = q2.qsize(); n > 0; n--) {
                rest.add(q2.getNowait().name());
            }
            out.print(rest);
            return null;
        });
        out.assertMatchesGolden("priority_queue_ties");
    }

    @Test
    void lifoQueue() {
        Out.run(() -> {
            LifoQueue<Object> q = new LifoQueue<>(3);
            Task<Object> waiter = createTask(q::get);
            sleep(0);
            q.put("x");
            out.print("waiter got", waiter.await());
            for (int i = 0; i < 3; i++) {
                q.put(i);
            }
            out.print("full", q.full());
            List<Object> got = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                got.add(q.get());
            }
            out.print(got);
            return null;
        });
        out.assertMatchesGolden("lifo_queue");
    }
}
