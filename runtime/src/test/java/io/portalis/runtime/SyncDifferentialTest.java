package io.portalis.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.portalis.runtime.sync.Barrier;
import io.portalis.runtime.sync.BoundedSemaphore;
import io.portalis.runtime.sync.BrokenBarrierError;
import io.portalis.runtime.sync.Condition;
import io.portalis.runtime.sync.Event;
import io.portalis.runtime.sync.Held;
import io.portalis.runtime.sync.Lock;
import io.portalis.runtime.sync.Semaphore;
import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;

/**
 * The synchronisation primitives against CPython: each test runs the scenario of {@code cpython/NAME.py} and
 * asserts that it prints exactly CPython's {@code cpython/NAME.out}.
 */
class SyncDifferentialTest {

    private final Out out = new Out();

    /** Python's {@code type(r).__name__} of a gather(return_exceptions=True) entry. */
    static String pyType(Object r) {
        if (r == null) {
            return "NoneType";
        }
        if (r instanceof IllegalStateException) {
            return "RuntimeError";
        }
        if (r instanceof IllegalArgumentException) {
            return "ValueError";
        }
        return r.getClass().getSimpleName();
    }

    static List<String> pyTypes(List<Object> results) {
        List<String> names = new ArrayList<>();
        for (Object r : results) {
            names.add(pyType(r));
        }
        return names;
    }

    @Test
    void lockFifo() {
        Out.run(() -> {
            Lock lock = new Lock();
            class W {
                Coroutine<Void> of(String name) {
                    return () -> {
                        out.print("wants", name);
                        try (Held h = lock.acquired()) {
                            out.print("holds", name);
                            sleep(0.01);
                        }
                        out.print("released", name);
                        return null;
                    };
                }
            }
            W w = new W();
            List<Task<Void>> tasks = new ArrayList<>();
            for (String n : List.of("a", "b", "c")) {
                tasks.add(createTask(w.of(n)));
            }
            sleep(0);
            out.print("locked?", lock.locked());
            tasks.add(createTask(w.of("late")));
            Asyncio.gather(tasks);
            out.print("locked at end?", lock.locked());
            return null;
        });
        out.assertMatchesGolden("lock_fifo");
    }

    @Test
    void lockCancelWaiter() {
        Out.run(() -> {
            Lock lock = new Lock();
            lock.acquire();
            Map<String, Task<Void>> tasks = new LinkedHashMap<>();
            for (String n : List.of("a", "b", "c", "d")) {
                tasks.put(n, createTask(() -> {
                    try {
                        lock.acquire();
                    } catch (CancelledError e) {
                        out.print("cancelled while waiting", n);
                        throw e;
                    }
                    out.print("holds", n);
                    sleep(0.01);
                    lock.release();
                    return null;
                }));
            }
            sleep(0);
            tasks.get("b").cancel();
            sleep(0);
            lock.release();
            out.print(pyTypes(Asyncio.gatherReturnExceptions(new ArrayList<>(tasks.values()))));
            out.print("locked?", lock.locked());
            return null;
        });
        out.assertMatchesGolden("lock_cancel_waiter");
    }

    @Test
    void lockCancelWoken() {
        Out.run(() -> {
            Lock lock = new Lock();
            lock.acquire();
            class W {
                Coroutine<Void> of(String name) {
                    return () -> {
                        try {
                            try (Held h = lock.acquired()) {
                                out.print("holds", name);
                                sleep(0);
                            }
                        } catch (CancelledError e) {
                            out.print("cancelled", name, "locked?", lock.locked());
                            throw e;
                        }
                        return null;
                    };
                }
            }
            Task<Void> a = createTask(new W().of("a"));
            Task<Void> b = createTask(new W().of("b"));
            sleep(0);
            lock.release();
            a.cancel();
            out.print("after release: locked?", lock.locked());
            Asyncio.gatherReturnExceptions(List.of(a, b));
            out.print("a cancelled?", a.cancelled(), "b done?", b.done(), "locked?", lock.locked());
            try (Held h = lock.acquired()) {
                out.print("main got it again");
            }
            return null;
        });
        out.assertMatchesGolden("lock_cancel_woken");
    }

    @Test
    void lockMisuse() {
        Out.run(() -> {
            Lock lock = new Lock();
            try {
                lock.release();
            } catch (IllegalStateException e) {
                out.print("RuntimeError", e.getMessage());
            }
            lock.acquire();
            Task<Void> second = createTask(() -> {
                lock.acquire();
                return null;
            });
            sleep(0);
            out.print("second acquire done?", second.done());
            lock.release();
            second.await();
            out.print("second acquired, locked?", lock.locked());
            lock.release();
            out.print("locked?", lock.locked());
            return null;
        });
        out.assertMatchesGolden("lock_misuse");
    }

    private Coroutine<Void> eventWaiter(Event ev, String name) {
        return () -> {
            out.print("waiting", name);
            ev.await();
            out.print("woke", name, "is_set", ev.isSet());
            return null;
        };
    }

    @Test
    void eventSemantics() {
        Out.run(() -> {
            Event ev = new Event();
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("a", "b", "c")) {
                ts.add(createTask(eventWaiter(ev, n)));
            }
            sleep(0);
            out.print("setting");
            ev.set();
            ev.set();
            Asyncio.gather(ts);
            ev.await();
            out.print("wait after set returns", true);
            ev.clear();
            Task<Void> late = createTask(eventWaiter(ev, "late"));
            sleep(0.01);
            out.print("late done?", late.done());
            ev.set();
            ev.clear();
            late.await();
            out.print("is_set at end", ev.isSet());
            return null;
        });
        out.assertMatchesGolden("event_semantics");
    }

    @Test
    void eventCancelWaiter() {
        Out.run(() -> {
            Event ev = new Event();
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("a", "b", "c")) {
                ts.add(createTask(() -> {
                    try {
                        ev.await();
                        out.print("woke", n);
                    } catch (CancelledError e) {
                        out.print("cancelled", n);
                        throw e;
                    }
                    return null;
                }));
            }
            sleep(0);
            ts.get(1).cancel();
            sleep(0);
            ev.set();
            out.print(pyTypes(Asyncio.gatherReturnExceptions(ts)));
            return null;
        });
        out.assertMatchesGolden("event_cancel_waiter");
    }

    @Test
    void conditionNotify() {
        Out.run(() -> {
            Condition cond = new Condition();
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("a", "b", "c", "d", "e")) {
                ts.add(createTask(() -> {
                    try (Held h = cond.acquired()) {
                        out.print("waiting", n);
                        cond.await();
                        out.print("woke", n, "locked", cond.locked());
                    }
                    return null;
                }));
            }
            sleep(0);
            try (Held h = cond.acquired()) {
                out.print("notify 1");
                cond.signal();
                sleep(0);
                out.print("still holding");
            }
            sleep(0);
            try (Held h = cond.acquired()) {
                out.print("notify 2");
                cond.signal(2);
            }
            sleep(0);
            try (Held h = cond.acquired()) {
                out.print("notify all");
                cond.signalAll();
            }
            Asyncio.gather(ts);
            out.print("done");
            return null;
        });
        out.assertMatchesGolden("condition_notify");
    }

    @Test
    void conditionWaitCancelled() {
        Out.run(() -> {
            Condition cond = new Condition();
            Task<Void> t = createTask(() -> {
                try (Held h = cond.acquired()) {
                    try {
                        cond.await();
                        out.print("woke", "a");
                    } catch (CancelledError e) {
                        out.print("cancelled", "a", "holds lock", cond.locked());
                        throw e;
                    }
                }
                out.print("never here", "a");
                return null;
            });
            sleep(0);
            cond.acquire();
            t.cancel();
            sleep(0.01);
            out.print("waiter done while main holds the lock?", t.done());
            cond.release();
            try {
                t.await();
            } catch (CancelledError e) {
                out.print("waiter cancelled; locked?", cond.locked());
            }
            return null;
        });
        out.assertMatchesGolden("condition_wait_cancelled");
    }

    @Test
    void conditionWaitFor() {
        Out.run(() -> {
            Condition cond = new Condition();
            int[] box = {0};
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("x", "y")) {
                ts.add(createTask(() -> {
                    try (Held h = cond.acquired()) {
                        cond.waitFor(() -> box[0] >= 3);
                        out.print("consumer", n, "sees", box[0]);
                    }
                    return null;
                }));
            }
            for (int i = 1; i < 5; i++) {
                sleep(0);
                try (Held h = cond.acquired()) {
                    box[0] = i;
                    out.print("value", i);
                    cond.signalAll();
                }
            }
            Asyncio.gather(ts);
            try {
                cond.await();
            } catch (IllegalStateException e) {
                out.print("RuntimeError", e.getMessage());
            }
            try {
                cond.signal();
            } catch (IllegalStateException e) {
                out.print("RuntimeError", e.getMessage());
            }
            return null;
        });
        out.assertMatchesGolden("condition_wait_for");
    }

    @Test
    void semaphoreWakeOrder() {
        Out.run(() -> {
            Semaphore sem = new Semaphore(2);
            class W {
                Coroutine<Void> of(String name, double hold) {
                    return () -> {
                        try (Held h = sem.acquired()) {
                            out.print("in", name);
                            sleep(hold);
                        }
                        out.print("out", name);
                        return null;
                    };
                }
            }
            List<Task<Void>> ts = new ArrayList<>();
            String[] names = {"a", "b", "c", "d", "e"};
            for (int i = 0; i < names.length; i++) {
                ts.add(createTask(new W().of(names[i], 0.01 * (i + 1))));
            }
            sleep(0);
            out.print("locked?", sem.locked());
            sleep(0.015);
            ts.add(createTask(new W().of("new", 0)));
            Asyncio.gather(ts);
            out.print("locked?", sem.locked());
            return null;
        });
        out.assertMatchesGolden("semaphore_wake_order");
    }

    @Test
    void semaphoreCancelHandoff() {
        Out.run(() -> {
            Semaphore sem = new Semaphore(0);
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("a", "b", "c")) {
                ts.add(createTask(() -> {
                    try {
                        sem.acquire();
                    } catch (CancelledError e) {
                        out.print("cancelled", n);
                        throw e;
                    }
                    out.print("acquired", n);
                    return null;
                }));
            }
            sleep(0);
            sem.release();
            ts.get(0).cancel();
            sleep(0);
            sleep(0);
            List<Boolean> done = new ArrayList<>();
            for (Task<Void> t : ts) {
                done.add(t.done());
            }
            out.print("done:", done, "locked?", sem.locked());
            sem.release();
            Asyncio.gatherReturnExceptions(ts);
            out.print("locked?", sem.locked());
            return null;
        });
        out.assertMatchesGolden("semaphore_cancel_handoff");
    }

    @Test
    void boundedSemaphore() {
        Out.run(() -> {
            try {
                new Semaphore(-1);
            } catch (IllegalArgumentException e) {
                out.print("ValueError", e.getMessage());
            }
            BoundedSemaphore bs = new BoundedSemaphore(2);
            bs.acquire();
            bs.release();
            try {
                bs.release();
            } catch (IllegalArgumentException e) {
                out.print("ValueError", e.getMessage());
            }
            Semaphore s = new Semaphore(1);
            s.release();
            out.print("plain semaphore locked?", s.locked());
            s.acquire();
            s.acquire();
            out.print("after two acquires locked?", s.locked());
            return null;
        });
        out.assertMatchesGolden("bounded_semaphore");
    }

    @Test
    void barrierRounds() {
        Out.run(() -> {
            Barrier b = new Barrier(3);
            out.print("parties", b.parties(), "broken", b.broken());
            for (int rnd = 0; rnd < 2; rnd++) {
                List<Task<Integer>> ts = new ArrayList<>();
                String[] names = {"x", "y", "z"};
                double[] delays = {0.03, 0.01, 0.02};
                for (int i = 0; i < 3; i++) {
                    String name = names[i] + rnd;
                    double delay = delays[i];
                    ts.add(createTask(() -> {
                        sleep(delay);
                        out.print("arrive", name, "waiting", b.nWaiting());
                        int index = b.await();
                        out.print("pass", name, "index", index);
                        return index;
                    }));
                }
                List<Integer> r = new ArrayList<>(Asyncio.gather(ts));
                r.sort(null);
                out.print("round", rnd, r, "waiting", b.nWaiting());
            }
            return null;
        });
        out.assertMatchesGolden("barrier_rounds");
    }

    private Coroutine<Void> brokenParty(Barrier b, String name, boolean printIndex) {
        return () -> {
            try {
                int i = b.await();
                if (printIndex) {
                    out.print("passed", name, i);
                } else {
                    out.print("passed", name);
                }
            } catch (BrokenBarrierError e) {
                out.print("broken", name, e.getMessage());
            }
            return null;
        };
    }

    @Test
    void barrierAbort() {
        Out.run(() -> {
            Barrier b = new Barrier(3);
            List<Task<Void>> ts = List.of(createTask(brokenParty(b, "a", false)),
                    createTask(brokenParty(b, "b", false)));
            sleep(0);
            out.print("waiting", b.nWaiting());
            b.abort();
            Asyncio.gather(ts);
            out.print("broken?", b.broken());
            brokenParty(b, "late", false).call();
            return null;
        });
        out.assertMatchesGolden("barrier_abort");
    }

    @Test
    void barrierReset() {
        Out.run(() -> {
            Barrier b = new Barrier(2);
            Task<Void> t = createTask(brokenParty(b, "a", true));
            sleep(0);
            b.reset();
            t.await();
            out.print("broken?", b.broken(), "waiting", b.nWaiting());
            Asyncio.gather(brokenParty(b, "c", true), brokenParty(b, "d", true));
            return null;
        });
        out.assertMatchesGolden("barrier_reset");
    }

    @Test
    void barrierCancel() {
        Out.run(() -> {
            Barrier b = new Barrier(2);
            class P {
                Coroutine<Void> of(String name) {
                    return () -> {
                        try {
                            int i = b.await();
                            out.print("passed", name, i);
                        } catch (CancelledError e) {
                            out.print("cancelled", name);
                            throw e;
                        }
                        return null;
                    };
                }
            }
            Task<Void> a = createTask(new P().of("a"));
            sleep(0);
            out.print("waiting", b.nWaiting());
            a.cancel();
            Asyncio.gatherReturnExceptions(List.of(a));
            out.print("waiting after cancel", b.nWaiting());
            Asyncio.gather(new P().of("b"), new P().of("c"));
            return null;
        });
        out.assertMatchesGolden("barrier_cancel");
    }
}
