package io.portalis.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static io.portalis.runtime.Asyncio.createTask;
import static io.portalis.runtime.Asyncio.sleep;

/**
 * Each test runs on our runtime the scenario of {@code cpython/NAME.py} and asserts that it prints exactly what
 * CPython printed ({@code cpython/NAME.out}, kept honest by {@code scripts/cpython-goldens}).
 */
class DifferentialTest {

    private final Out out = new Out();

    private Coroutine<Void> sleeper(String name, double delay) {
        return () -> {
            out.print("start", name);
            sleep(delay);
            out.print("woke", name);
            return null;
        };
    }

    @Test
    void sleepOrdering() {
        Out.run(() -> {
            List<Task<Void>> tasks = new ArrayList<>();
            String[] names = {"a", "b", "c", "d", "e"};
            double[] delays = {0.03, 0.01, 0.02, 0.01, 0.03};
            for (int i = 0; i < names.length; i++) {
                tasks.add(createTask(sleeper(names[i], delays[i])));
            }
            for (Task<Void> t : tasks) {
                t.await();
            }
            out.print("done");
            return null;
        });
        out.assertMatchesGolden("sleep_ordering");
    }

    @Test
    void sleepZeroInterleave() {
        Out.run(() -> {
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("x", "y", "z")) {
                ts.add(createTask(() -> {
                    for (int i = 0; i < 3; i++) {
                        out.print(n, i);
                        sleep(0);
                    }
                    out.print(n, "end");
                    return null;
                }));
            }
            out.print("main created");
            sleep(0);
            out.print("main after one yield");
            sleep(0);
            out.print("main after two yields");
            for (Task<Void> t : ts) {
                t.await();
            }
            out.print("main end");
            return null;
        });
        out.assertMatchesGolden("sleep_zero_interleave");
    }

    @Test
    void callSoonLater() {
        Out.run(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            double t0 = loop.time();
            class Cb {
                Runnable of(String name, String nested) {
                    return () -> {
                        out.print("cb", name);
                        if (nested != null) {
                            loop.callSoon(of(nested, null));
                        }
                    };
                }
            }
            Cb cb = new Cb();
            loop.callSoon(cb.of("A", "A2"));
            loop.callLater(0.02, cb.of("late2", null));
            loop.callLater(0.01, cb.of("late1", null));
            loop.callSoon(cb.of("B", "B2"));
            loop.callAt(t0 + 0.015, cb.of("at1", null));
            Handle h = loop.callSoon(cb.of("cancelled", null));
            h.cancel();
            loop.callLater(0, cb.of("zero-delay", null));
            out.print("main yields");
            sleep(0);
            out.print("main resumed");
            sleep(0.05);
            out.print("main done");
            return null;
        });
        out.assertMatchesGolden("call_soon_later");
    }

    @Test
    void taskSteps() {
        Out.run(() -> {
            Task<String> t1 = createTask(() -> {
                out.print("run", "one");
                return "ONE";
            });
            out.print("created one", t1.done());
            sleep(0);
            out.print("after yield", t1.done(), t1.result());
            Task<String> t2 = createTask(() -> {
                out.print("run", "two");
                return "TWO";
            });
            String r = t1.await();
            out.print("awaited done task without suspending", r, t2.done());
            out.print("awaited pending task", t2.await());
            return null;
        });
        out.assertMatchesGolden("task_steps");
    }

    @Test
    void cancelDelivery() {
        Out.run(() -> {
            Task<Void> t = createTask(() -> {
                try {
                    out.print("sleeper sleeping");
                    sleep(10);
                } catch (CancelledError e) {
                    out.print("sleeper got CancelledError", Out.args(e));
                    throw e;
                } finally {
                    out.print("sleeper finally");
                }
                return null;
            });
            sleep(0);
            out.print("cancel returns", t.cancel("stop now"));
            out.print("cancelled yet", t.cancelled());
            try {
                t.await();
            } catch (CancelledError e) {
                out.print("main saw CancelledError", Out.args(e));
            }
            out.print("cancelled", t.cancelled(), "done", t.done());
            out.print("cancel again", t.cancel());
            Task<Void> n = createTask(() -> {
                out.print("never runs");
                return null;
            });
            n.cancel();
            sleep(0);
            out.print("never cancelled", n.cancelled());
            return null;
        });
        out.assertMatchesGolden("cancel_delivery");
    }

    @Test
    void cancelCaught() {
        Out.run(() -> {
            Task<Integer> t = createTask(() -> {
                try {
                    sleep(10);
                } catch (CancelledError e) {
                    out.print("stubborn caught cancel, cancelling =", Asyncio.currentTask().cancelling());
                }
                sleep(0.01);
                out.print("stubborn carries on");
                return 42;
            });
            sleep(0.01);
            t.cancel();
            int r = t.await();
            out.print("result", r, "cancelled", t.cancelled(), "cancelling", t.cancelling());
            return null;
        });
        out.assertMatchesGolden("cancel_caught");
    }

    @Test
    void uncancel() {
        Out.run(() -> {
            Task<String> t = createTask(() -> {
                Task<?> task = Asyncio.currentTask();
                try {
                    sleep(10);
                } catch (CancelledError e) {
                    out.print("cancelling", task.cancelling());
                    out.print("uncancel ->", task.uncancel());
                    out.print("uncancel ->", task.uncancel());
                    out.print("uncancel ->", task.uncancel());
                }
                sleep(0);
                out.print("body finished normally");
                return "ok";
            });
            sleep(0);
            t.cancel();
            t.cancel();
            out.print("requests", t.cancelling());
            out.print(t.await(), t.cancelled());
            return null;
        });
        out.assertMatchesGolden("uncancel");
    }

    private Coroutine<Void> background(String name, double delay) {
        return () -> {
            try {
                sleep(delay);
                out.print(name, "finished");
            } catch (CancelledError e) {
                out.print(name, "cancelled at shutdown");
                throw e;
            }
            return null;
        };
    }

    @Test
    void runCancelsLeftovers() {
        String result = Out.run(() -> {
            createTask(background("fast", 0.01));
            createTask(background("slow", 10));
            sleep(0.02);
            out.print("main returns");
            return "main result";
        });
        out.print(result);
        out.assertMatchesGolden("run_cancels_leftovers");
    }

    @Test
    void futureHandoff() {
        Out.run(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            Future<String> fut = loop.createFuture();
            fut.addDoneCallback(f -> out.print("callback 1", f.result()));
            Task<Void> t = createTask(() -> {
                out.print("waiter waits");
                String v = fut.await();
                out.print("waiter got", v);
                return null;
            });
            fut.addDoneCallback(f -> out.print("callback 2", f.result()));
            sleep(0);
            fut.setResult("ping");
            out.print("set_result returned");
            loop.callSoon(() -> out.print("call_soon after set_result"));
            sleep(0);
            out.print("main after one yield", t.done());
            t.await();
            try {
                fut.setResult("again");
            } catch (InvalidStateError e) {
                out.print("InvalidStateError on second set_result");
            }
            Future<String> pending = loop.createFuture();
            try {
                pending.result();
            } catch (InvalidStateError e) {
                out.print("InvalidStateError:", e.getMessage());
            }
            return null;
        });
        out.assertMatchesGolden("future_handoff");
    }

    private Coroutine<String> work(String name, double delay) {
        return () -> {
            sleep(delay);
            out.print("finished", name);
            return name + name;
        };
    }

    @Test
    void gatherResults() {
        Out.run(() -> {
            out.print(Asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02)));
            out.print(Asyncio.gather(List.<Future<String>>of()));
            return null;
        });
        out.assertMatchesGolden("gather_results");
    }

    @Test
    void gatherException() {
        Out.run(() -> {
            Coroutine<String> fast = () -> {
                sleep(0.01);
                out.print("ok finished", "fast");
                return "fast";
            };
            Task<String> slow = createTask(() -> {
                sleep(0.05);
                out.print("ok finished", "slow");
                return "slow";
            });
            Coroutine<String> fail = () -> {
                sleep(0.02);
                throw new IllegalArgumentException("bad input");
            };
            try {
                Asyncio.gather(createTask(fast), createTask(fail), slow);
            } catch (IllegalArgumentException e) {
                out.print("gather raised ValueError", e.getMessage());
            }
            out.print("slow done yet", slow.done());
            slow.await();
            out.print("slow result", slow.result());
            return null;
        });
        out.assertMatchesGolden("gather_exception");
    }

    @Test
    void gatherReturnExceptions() {
        Out.run(() -> {
            Task<String> victim = createTask(() -> {
                sleep(1);
                return "never";
            });
            createTask(() -> {
                sleep(0.02);
                victim.cancel("cancelled on purpose");
                return null;
            });
            Task<Integer> one = createTask(() -> {
                sleep(0.03);
                return 1;
            });
            Task<Object> fail = createTask(() -> {
                sleep(0.01);
                throw new NoSuchElementException("missing");
            });
            for (Object r : Asyncio.gatherReturnExceptions(List.of(one, fail, victim))) {
                if (r instanceof NoSuchElementException e) {
                    out.print("KeyError", Out.args(e));
                } else if (r instanceof CancelledError e) {
                    out.print("CancelledError", Out.args(e));
                } else {
                    out.print("value", r);
                }
            }
            return null;
        });
        out.assertMatchesGolden("gather_return_exceptions");
    }

    private Coroutine<String> child(String v, double delay) {
        return () -> {
            sleep(delay);
            out.print("child", v, "finished");
            return v;
        };
    }

    @Test
    void gatherCancelledChild() {
        Out.run(() -> {
            Task<String> a = createTask(child("a", 0.01));
            Task<String> b = createTask(child("b", 0.05));
            Task<String> c = createTask(child("c", 0.03));
            createTask(() -> {
                sleep(0.02);
                b.cancel();
                return null;
            });
            try {
                Asyncio.gather(a, b, c);
            } catch (CancelledError e) {
                out.print("gather raised CancelledError; main cancelled?", Asyncio.currentTask().cancelling());
            }
            sleep(0.05);
            out.print("c done", c.done(), c.result());
            return null;
        });
        out.assertMatchesGolden("gather_cancelled_child");
    }

    @Test
    void gatherOuterCancel() {
        Out.run(() -> {
            Task<Void> p = createTask(() -> {
                try {
                    Asyncio.gather(cancellableChild("x", 0.01), cancellableChild("y", 1), cancellableChild("z", 2));
                } catch (CancelledError e) {
                    out.print("parent cancelled");
                    throw e;
                }
                return null;
            });
            sleep(0.05);
            p.cancel();
            try {
                p.await();
            } catch (CancelledError e) {
                out.print("main: parent cancelled =", p.cancelled());
            }
            return null;
        });
        out.assertMatchesGolden("gather_outer_cancel");
    }

    private Coroutine<String> cancellableChild(String name, double delay) {
        return () -> {
            try {
                sleep(delay);
                out.print("child", name, "finished");
                return name;
            } catch (CancelledError e) {
                out.print("child", name, "cancelled");
                throw e;
            }
        };
    }

    private static List<String> sortedNames(java.util.Collection<? extends Task<?>> tasks) {
        return tasks.stream().map(Task::getName).sorted().collect(Collectors.toList());
    }

    private static Task<Double> delayTask(double delay, String name) {
        return createTask(() -> {
            sleep(delay);
            return delay;
        }, name);
    }

    @Test
    void waitFirstCompleted() {
        Out.run(() -> {
            List<Task<Double>> tasks = List.of(delayTask(0.03, "w0.03"), delayTask(0.01, "w0.01"),
                    delayTask(0.02, "w0.02"));
            Done<Task<Double>> d = Asyncio.wait(tasks, ReturnWhen.FIRST_COMPLETED);
            out.print("done", sortedNames(d.done()));
            out.print("pending", sortedNames(d.pending()));
            d = Asyncio.wait(d.pending(), ReturnWhen.FIRST_COMPLETED);
            out.print("done", sortedNames(d.done()));
            out.print("pending", sortedNames(d.pending()));
            Asyncio.gather(new ArrayList<>(d.pending()));
            return null;
        });
        out.assertMatchesGolden("wait_first_completed");
    }

    @Test
    void waitFirstException() {
        Out.run(() -> {
            Task<Double> bad = createTask(() -> {
                sleep(0.02);
                throw new IllegalStateException("failed after 0.02");
            }, "bad");
            List<Task<Double>> tasks = List.of(delayTask(0.01, "ok1"), bad, delayTask(0.05, "ok2"));
            Done<Task<Double>> d = Asyncio.wait(tasks, ReturnWhen.FIRST_EXCEPTION);
            out.print("done", sortedNames(d.done()));
            out.print("pending", sortedNames(d.pending()));
            List<Task<Double>> done = new ArrayList<>(d.done());
            done.sort(Comparator.comparing(Task::getName));
            for (Task<Double> t : done) {
                out.print(t.getName(), t.exception() != null
                        ? "RuntimeError('" + t.exception().getMessage() + "')" : t.result());
            }
            Done<Task<Double>> d2 = Asyncio.wait(List.of(delayTask(0.02, "n0.02"), delayTask(0.01, "n0.01")),
                    ReturnWhen.FIRST_EXCEPTION);
            out.print("no error: done", d2.done().size(), "pending", d2.pending().size());
            List<Future<?>> others = new ArrayList<>();
            for (Task<?> t : Asyncio.allTasks()) {
                if (t != Asyncio.currentTask()) {
                    others.add(t);
                }
            }
            Asyncio.gather(others);
            return null;
        });
        out.assertMatchesGolden("wait_first_exception");
    }

    @Test
    void waitAllTimeout() {
        Out.run(() -> {
            List<Task<Double>> tasks = List.of(delayTask(0.01, "w0.01"), delayTask(0.05, "w0.05"),
                    delayTask(0.02, "w0.02"), delayTask(0.5, "w0.5"));
            Done<Task<Double>> d = Asyncio.wait(tasks, 0.1, ReturnWhen.ALL_COMPLETED);
            out.print("done", sortedNames(d.done()));
            out.print("pending", sortedNames(d.pending()));
            out.print("pending cancelled?", d.pending().stream().map(Task::cancelled).toList());
            d = Asyncio.wait(tasks, ReturnWhen.ALL_COMPLETED);
            out.print("all done", d.done().size(), d.pending().size());
            try {
                Asyncio.wait(List.<Task<Double>>of(), ReturnWhen.ALL_COMPLETED);
            } catch (IllegalArgumentException e) {
                out.print("ValueError", e.getMessage());
            }
            return null;
        });
        out.assertMatchesGolden("wait_all_timeout");
    }

    private static Task<String> named(String name, double delay, boolean fail) {
        return createTask(() -> {
            sleep(delay);
            if (fail) {
                throw new IllegalArgumentException(name);
            }
            return name;
        });
    }

    @Test
    void asCompletedOrder() {
        Out.run(() -> {
            List<Task<String>> tasks = List.of(named("slow", 0.04, false), named("fast", 0.01, false),
                    named("bad", 0.02, true), named("mid", 0.03, false));
            for (Awaitable<String> aw : Asyncio.asCompleted(tasks)) {
                try {
                    out.print("got", aw.await());
                } catch (IllegalArgumentException e) {
                    out.print("error", e.getMessage());
                }
            }
            return null;
        });
        out.assertMatchesGolden("as_completed_order");
    }

    @Test
    void asCompletedTimeout() {
        Out.run(() -> {
            List<Task<String>> tasks = List.of(named("a", 0.01, false), named("b", 0.5, false),
                    named("c", 0.02, false), named("d", 1, false));
            for (Awaitable<String> aw : Asyncio.asCompleted(tasks, 0.1)) {
                try {
                    out.print("got", aw.await());
                } catch (TimeoutError e) {
                    out.print("TimeoutError");
                }
            }
            for (Task<String> t : tasks) {
                t.cancel();
            }
            return null;
        });
        out.assertMatchesGolden("as_completed_timeout");
    }

    @Test
    void taskgroupFailure() {
        Out.run(() -> {
            try {
                Asyncio.taskGroup(tg -> {
                    tg.createTask(cancellableSleeper("short", 0.01));
                    tg.createTask(cancellableSleeper("long", 1));
                    tg.createTask(failer("f1", 0.02));
                    tg.createTask(failer("f2", 0.02));
                    out.print("body waits");
                    sleep(10);
                    out.print("body not reached");
                    return null;
                });
            } catch (ExceptionGroup eg) {
                out.print("ExceptionGroup:", eg.message(),
                        eg.exceptions().stream().map(Throwable::getMessage).toList());
            }
            out.print("after group, cancelling =", Asyncio.currentTask().cancelling());
            List<Task<String>> ts = Asyncio.taskGroup(tg -> List.of(
                    tg.createTask(() -> {
                        sleep(0.01);
                        return "r1";
                    }),
                    tg.createTask(() -> {
                        sleep(0.02);
                        return "r2";
                    })));
            out.print("ok group", ts.get(0).result(), ts.get(1).result());
            return null;
        });
        out.assertMatchesGolden("taskgroup_failure");
    }

    private Coroutine<Void> cancellableSleeper(String name, double delay) {
        return () -> {
            try {
                sleep(delay);
                out.print(name, "finished");
            } catch (CancelledError e) {
                out.print(name, "cancelled");
                throw e;
            }
            return null;
        };
    }

    private Coroutine<Void> failer(String name, double delay) {
        return () -> {
            sleep(delay);
            out.print(name, "raises");
            throw new IllegalArgumentException(name);
        };
    }

    @Test
    void taskgroupParentCancel() {
        Out.run(() -> {
            Task<Void> p = createTask(() -> {
                try {
                    Asyncio.taskGroup(tg -> {
                        for (String name : List.of("c1", "c2")) {
                            double cleanup = name.equals("c1") ? 0.02 : 0.01;
                            tg.createTask(() -> {
                                try {
                                    sleep(1);
                                } catch (CancelledError e) {
                                    sleep(cleanup);
                                    out.print(name, "cancelled, cleanup done");
                                    throw e;
                                }
                                return null;
                            });
                        }
                        sleep(1);
                        return null;
                    });
                } catch (CancelledError e) {
                    out.print("parent got CancelledError");
                    throw e;
                }
                return null;
            });
            sleep(0.01);
            p.cancel();
            try {
                p.await();
            } catch (CancelledError e) {
                out.print("parent cancelled", p.cancelled());
            }
            return null;
        });
        out.assertMatchesGolden("taskgroup_parent_cancel");
    }

    @Test
    void timeoutExpiry() {
        Out.run(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            Timeout[] cm = new Timeout[1];
            try {
                Asyncio.timeout(0.05, t -> {
                    cm[0] = t;
                    try {
                        sleep(1);
                    } catch (CancelledError e) {
                        out.print("body sees CancelledError, expired =", t.expired());
                        throw e;
                    }
                    return null;
                });
            } catch (TimeoutError e) {
                out.print("TimeoutError, expired =", cm[0].expired(), "cancelling =",
                        Asyncio.currentTask().cancelling());
            }
            Timeout inTime = Asyncio.timeout(0.05, t -> {
                sleep(0.01);
                return t;
            });
            out.print("in time, expired =", inTime.expired());
            Timeout none = Asyncio.timeout(null, t -> {
                sleep(0.01);
                return t;
            });
            out.print("no deadline", none.when());
            try {
                Asyncio.timeoutAt(loop.time() - 1, t -> {
                    out.print("already past: body starts");
                    sleep(0);
                    out.print("not reached");
                    return null;
                });
            } catch (TimeoutError e) {
                out.print("past deadline -> TimeoutError");
            }
            return null;
        });
        out.assertMatchesGolden("timeout_expiry");
    }

    @Test
    void timeoutReschedule() {
        Out.run(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            Timeout[] cm = new Timeout[1];
            try {
                Asyncio.timeout(null, t -> {
                    cm[0] = t;
                    t.reschedule(loop.time() + 0.02);
                    sleep(0.01);
                    out.print("still running");
                    t.reschedule(loop.time() + 0.05);
                    sleep(0.03);
                    out.print("survived the first deadline");
                    sleep(1);
                    return null;
                });
            } catch (TimeoutError e) {
                out.print("timed out after reschedule, expired =", cm[0].expired());
            }
            try {
                cm[0].reschedule(null);
            } catch (IllegalStateException e) {
                out.print("RuntimeError:", e.getMessage());
            }
            try {
                Asyncio.timeout(1.0, outer -> {
                    Timeout[] inner = new Timeout[1];
                    try {
                        Asyncio.timeout(0.01, t -> {
                            inner[0] = t;
                            sleep(0.5);
                            return null;
                        });
                    } catch (TimeoutError e) {
                        out.print("inner expired", inner[0].expired(), "outer expired", outer.expired());
                    }
                    sleep(0.01);
                    out.print("outer body continues");
                    return null;
                });
            } catch (TimeoutError e) {
                out.print("outer timed out");
            }
            return null;
        });
        out.assertMatchesGolden("timeout_reschedule");
    }

    private Coroutine<String> cleanupWork(String name, double delay) {
        return () -> {
            try {
                sleep(delay);
                return name;
            } catch (CancelledError e) {
                out.print(name, "cancelled by wait_for");
                sleep(0.01);
                out.print(name, "cleanup finished before wait_for returns");
                throw e;
            }
        };
    }

    @Test
    void waitForDeadline() {
        Out.run(() -> {
            out.print("in time:", Asyncio.waitFor(cleanupWork("quick", 0.01), 0.1));
            try {
                Asyncio.waitFor(cleanupWork("slow", 1), 0.05);
            } catch (TimeoutError e) {
                out.print("TimeoutError, cause:", e.getCause().getClass().getSimpleName());
            }
            try {
                Asyncio.waitFor(cleanupWork("zero", 1), 0);
            } catch (TimeoutError e) {
                out.print("timeout=0 -> TimeoutError");
            }
            out.print("no timeout:", Asyncio.waitFor(cleanupWork("none", 0.01), Double.NaN));
            return null;
        });
        out.assertMatchesGolden("wait_for_deadline");
    }

    @Test
    void waitForResultAtDeadline() {
        Out.run(() -> {
            out.print("wait_for returned", Asyncio.waitFor(() -> {
                try {
                    sleep(1);
                } catch (CancelledError e) {
                    out.print("inner cancelled; returns a value anyway");
                    return "late value";
                }
                return "never";
            }, 0.02));
            try {
                Asyncio.waitFor(() -> {
                    try {
                        sleep(1);
                    } catch (CancelledError e) {
                        throw new NoSuchElementException("'cleanup failed'");
                    }
                    return null;
                }, 0.02);
            } catch (NoSuchElementException e) {
                out.print("cleanup error propagates:", e.getMessage());
            }
            return null;
        });
        out.assertMatchesGolden("wait_for_result_at_deadline");
    }

    @Test
    void shield() {
        Out.run(() -> {
            Task<String> inner = createTask(() -> {
                sleep(0.05);
                out.print("important work finished");
                return "saved";
            });
            Task<String> w = createTask(() -> {
                try {
                    return Asyncio.shield(inner).await();
                } catch (CancelledError e) {
                    out.print("waiter cancelled, inner cancelled?", inner.cancelled());
                    throw e;
                }
            });
            sleep(0.01);
            w.cancel();
            try {
                w.await();
            } catch (CancelledError e) {
                out.print("main: waiter cancelled");
            }
            out.print("inner result", inner.await());
            Task<String> done = createTask(() -> {
                sleep(0);
                return "x";
            });
            done.await();
            out.print("shield of a done task is the task itself:", Asyncio.shield(done) == done);
            return null;
        });
        out.assertMatchesGolden("shield");
    }

    @Test
    void taskExceptionPropagation() {
        Out.run(() -> {
            Task<Void> t = createTask(() -> {
                sleep(0.01);
                throw new IllegalArgumentException("boom");
            });
            for (int i = 0; i < 2; i++) {
                try {
                    t.await();
                } catch (IllegalArgumentException e) {
                    out.print("await", i, "raised", e.getMessage());
                }
            }
            out.print("exception()", "ValueError('" + t.exception().getMessage() + "')");
            Task<Void> c = createTask(() -> {
                try {
                    sleep(1);
                } catch (Exception e) {
                    out.print("never: CancelledError is not an Exception");
                } finally {
                    out.print("careless cleanup");
                }
                return null;
            });
            sleep(0.01);
            c.cancel();
            sleep(0);
            out.print("careless cancelled", c.cancelled());
            return null;
        });
        out.assertMatchesGolden("task_exception_propagation");
    }

    @Test
    void exampleGatherTimeouts() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        io.portalis.runtime.examples.GatherWithTimeouts.run(EventLoop.newEventLoop(Clock.virtual()),
                new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Out.golden("example_gather_timeouts"));
    }

    @Test
    void cancelChain() {
        Out.run(() -> {
            Task<Void> i = createTask(() -> {
                try {
                    sleep(1);
                } catch (CancelledError e) {
                    out.print("inner cancelled", Out.args(e));
                    throw e;
                }
                return null;
            });
            Task<Void> o = createTask(() -> {
                try {
                    i.await();
                } catch (CancelledError e) {
                    out.print("outer cancelled", Out.args(e), "inner cancelled:", i.cancelled());
                    throw e;
                }
                return null;
            });
            sleep(0.01);
            o.cancel("shutdown");
            sleep(0);
            out.print("after one iteration: inner done", i.done(), "outer done", o.done());
            sleep(0);
            out.print("after two iterations: inner done", i.done(), "outer done", o.done());
            sleep(0);
            out.print("after three iterations: outer cancelled", o.cancelled());
            try {
                i.result();
            } catch (CancelledError e) {
                out.print("inner result() raises CancelledError", Out.args(e));
            }
            return null;
        });
        out.assertMatchesGolden("cancel_chain");
    }

    @Test
    void waitForOuterCancel() {
        Out.run(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            double t0 = loop.time();
            Task<String> w = createTask(() -> {
                try {
                    return Asyncio.waitFor(() -> {
                        try {
                            sleep(1);
                        } catch (CancelledError e) {
                            out.print("slow: cancelled, cleaning up");
                            sleep(0.02);
                            out.print("slow: cleanup done");
                            throw e;
                        }
                        return "never";
                    }, 0.5);
                } catch (CancelledError e) {
                    out.print("waiter: CancelledError after inner finished");
                    throw e;
                }
            });
            sleep(0.05);
            w.cancel();
            try {
                w.await();
            } catch (CancelledError e) {
                out.print("main: waiter cancelled after", Math.round((loop.time() - t0) * 10) / 10.0, "s");
            }
            return null;
        });
        out.assertMatchesGolden("wait_for_outer_cancel");
    }

    /** Runs the fixed random programs of {@code random_programs.py}, read from that file, as its interpreter does. */
    @Test
    void randomPrograms() throws Exception {
        String source;
        try (var in = Out.class.getResourceAsStream("/cpython/random_programs.py")) {
            source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int start = source.indexOf("PROGRAMS = \"\"\"") + "PROGRAMS = \"\"\"".length();
        String programs = source.substring(start, source.indexOf("\"\"\"", start)).strip();
        Out.run(() -> {
            String[] texts = programs.split("---");
            for (int number = 0; number < texts.length; number++) {
                runProgram(number, texts[number]);
            }
            return null;
        });
        out.assertMatchesGolden("random_programs");
    }

    private void runProgram(int number, String text) {
        EventLoop loop = Asyncio.getRunningLoop();
        Future<String> shared = loop.createFuture();
        List<Task<String>> tasks = new ArrayList<>();
        List<String[]> specs = text.strip().lines().map(l -> l.split(":")[1].trim().split("\\s+")).toList();
        for (int k = 0; k < specs.size(); k++) {
            int self = k;
            String[] ops = specs.get(k);
            tasks.add(createTask(() -> {
                try {
                    for (int i = 0; i < ops.length; i++) {
                        if (ops[i].charAt(0) == 't') {
                            int at = i;
                            try {
                                Asyncio.timeout(Integer.parseInt(ops[i].substring(1)) * 0.02, scope -> {
                                    if (at + 1 < ops.length) {
                                        runOp(self, at + 1, ops[at + 1], tasks, shared);
                                    }
                                    return null;
                                });
                                out.print("t" + self + "." + i, "in time");
                            } catch (TimeoutError e) {
                                out.print("t" + self + "." + i, "timed out");
                            }
                            i++;
                        } else {
                            runOp(self, i, ops[i], tasks, shared);
                        }
                    }
                } catch (CancelledError e) {
                    out.print("t" + self, "cancelled");
                    throw e;
                } catch (IllegalArgumentException e) {
                    out.print("t" + self, "failed", e.getMessage());
                    throw e;
                }
                out.print("t" + self, "done");
                return "r" + self;
            }));
        }
        sleep(0.3);
        if (!shared.done()) {
            shared.setResult("from main");
        }
        List<String> summary = new ArrayList<>();
        for (Object r : Asyncio.gatherReturnExceptions(tasks)) {
            summary.add(r instanceof CancelledError ? "cancelled" : r instanceof IllegalArgumentException ? "failed"
                    : (String) r);
        }
        out.print("program " + number + ":", String.join(" ", summary));
    }

    private void runOp(int self, int i, String op, List<Task<String>> tasks, Future<String> shared) {
        char kind = op.charAt(0);
        String arg = op.substring(1);
        String[] args = arg.split(",");
        String at = "t" + self + "." + i;
        switch (kind) {
            case 'y' -> {
                sleep(0);
                out.print(at, "yielded");
            }
            case 's' -> {
                sleep(Integer.parseInt(arg) * 0.02);
                out.print(at, "slept", arg);
            }
            case 'p' -> out.print(at, "runs");
            case 'c' -> out.print(at, "cancel t" + arg + " ->", tasks.get(Integer.parseInt(arg)).cancel());
            case 'w' -> out.print(at, "got", tasks.get(Integer.parseInt(arg)).await());
            case 'g' -> out.print(at, "shared", shared.await());
            case 'G' -> {
                if (!shared.done()) {
                    shared.setResult("from t" + self);
                }
                out.print(at, "set shared");
            }
            case 'r' -> throw new IllegalArgumentException("t" + self);
            case 'f' -> {
                try {
                    out.print(at, "waited for", Asyncio.waitFor(tasks.get(Integer.parseInt(args[0])),
                            Integer.parseInt(args[1]) * 0.02));
                } catch (TimeoutError e) {
                    out.print(at, "wait_for timed out");
                }
            }
            case 'h' -> out.print(at, "shielded", Asyncio.shield(tasks.get(Integer.parseInt(arg))).await());
            case 'a' -> {
                List<String> r = Asyncio.gather(tasks.get(Integer.parseInt(args[0])),
                        tasks.get(Integer.parseInt(args[1])));
                out.print(at, "gathered", r.get(0), r.get(1));
            }
            case 'k' -> {
                Task<String> j = tasks.get(Integer.parseInt(args[0]));
                Task<String> m = tasks.get(Integer.parseInt(args[1]));
                try {
                    List<Task<String>> group = Asyncio.taskGroup(tg -> List.of(
                            tg.createTask(() -> Asyncio.shield(j).await()),
                            tg.createTask(() -> Asyncio.shield(m).await())));
                    out.print(at, "group", group.get(0).result(), group.get(1).result());
                } catch (ExceptionGroup eg) {
                    out.print(at, "group failed with", eg.exceptions().size());
                }
            }
            case 'e' -> {
                Done<Task<String>> d = Asyncio.wait(List.of(tasks.get(Integer.parseInt(args[0])),
                        tasks.get(Integer.parseInt(args[1]))), ReturnWhen.FIRST_COMPLETED);
                out.print(at, "waited", d.done().size(), "done", d.pending().size(), "pending");
            }
            case 'o' -> {
                List<String> results = new ArrayList<>();
                for (Awaitable<String> next : Asyncio.asCompleted(List.of(tasks.get(Integer.parseInt(args[0])),
                        tasks.get(Integer.parseInt(args[1]))))) {
                    try {
                        results.add(next.await());
                    } catch (IllegalArgumentException e) {
                        results.add("error");
                    }
                }
                results.sort(null);
                out.print(at, "completed", String.join(" ", results));
            }
            case 't' -> {
                // A timeout op right after another one is the first's wrapped op: a no-op, as in the Python.
            }
            default -> throw new AssertionError(op);
        }
    }

    @Test
    void everyGoldenHasATestOfTheSameName() throws Exception {
        var goldens = new TreeSet<String>();
        var dir = java.nio.file.Path.of(Out.class.getResource("/cpython").toURI());
        try (var files = java.nio.file.Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".out"))
                    .forEach(n -> goldens.add(n.substring(0, n.length() - 4)));
        }
        var tested = new TreeSet<String>();
        // The differential tests of the sync, queue and channel packages live in classes of their own.
        for (Class<?> c : List.of(DifferentialTest.class, SyncDifferentialTest.class, QueueDifferentialTest.class)) {
            for (var m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class) && !m.getName().startsWith("everyGolden")) {
                    tested.add(m.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(tested).isEqualTo(goldens);
    }

    private Coroutine<Void> reportingSleeper(String name, double delay) {
        return () -> {
            try {
                sleep(delay);
                out.print(name, "woke");
            } catch (CancelledError e) {
                out.print(name, "cancelled", Out.args(e));
                throw e;
            }
            return null;
        };
    }

    @Test
    void sleepCancel() {
        Out.run(() -> {
            EventLoop loop = Asyncio.getRunningLoop();

            Task<Void> a = createTask(reportingSleeper("a", 0.05));
            sleep(0.01);
            loop.callSoon(() -> out.print("soon before cancel a"));
            out.print("cancel a", a.cancel("stop a"));
            out.print("cancel a again", a.cancel("again"), a.cancelling());
            loop.callSoon(() -> out.print("soon after cancel a"));
            Asyncio.gatherReturnExceptions(List.of(a));
            out.print("a cancelled", a.cancelled());

            @SuppressWarnings("unchecked")
            Task<Void>[] b = new Task[1];
            loop.callLater(0.02, () -> {
                out.print("cancel b", b[0].cancel("stop b"));
                loop.callSoon(() -> out.print("soon after cancel b"));
            });
            b[0] = createTask(reportingSleeper("b", 0.02));
            Asyncio.gatherReturnExceptions(List.of(b[0]));
            out.print("b cancelled", b[0].cancelled());

            Task<Void> c = createTask(reportingSleeper("c", 0.02));
            sleep(0);
            loop.callLater(0.02, () -> {
                out.print("cancel c", c.cancel("stop c"));
                loop.callSoon(() -> out.print("soon after cancel c"));
            });
            Asyncio.gatherReturnExceptions(List.of(c));
            out.print("c cancelled", c.cancelled());

            Task<Void> d = createTask(() -> {
                Asyncio.currentTask().cancel("self");
                out.print("d sleeps");
                try {
                    sleep(1);
                } catch (CancelledError e) {
                    out.print("d cancelled", Out.args(e));
                }
                out.print("d goes on", Asyncio.currentTask().cancelling());
                sleep(0.01);
                out.print("d woke");
                return null;
            });
            d.await();
            out.print("d done", d.cancelled());
            return null;
        });
        out.assertMatchesGolden("sleep_cancel");
    }
}
