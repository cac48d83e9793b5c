package io.portalis.pylib.dyn;

import io.portalis.pylib.PyBaseException;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.RuntimeError;
import io.portalis.pylib.StopIteration;
import io.portalis.pylib.TypeError;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Python's {@code contextlib}: {@code contextmanager}, {@code suppress}, {@code closing}, {@code nullcontext} and
 * {@code ExitStack} ({@code enter_context}, {@code callback}, {@code push}, {@code close}, {@code pop_all}).
 */
final class ContextlibModule {
    private ContextlibModule() {
    }

    static PyModule module() {
        PyModule m = new PyModule("contextlib");
        m.put("contextmanager", (PyCallable) (a, k) -> {
            Args.exact("contextmanager", a, k, 1);
            return new GeneratorFunction(a[0]);
        });
        m.put("suppress", (PyCallable) (a, k) -> {
            Args.noKw("suppress", k);
            return new Suppress(a.clone());
        });
        m.put("closing", (PyCallable) (a, k) -> {
            Args.exact("closing", a, k, 1);
            return new Closing(a[0]);
        });
        m.put("nullcontext", (PyCallable) (a, k) -> {
            Args.range("nullcontext", a, k, 0, 1);
            Object v = a.length - k.length > 0 ? a[0] : Args.kw(a, k, "enter_result", null);
            return new NullContext(v);
        });
        m.put("ExitStack", (PyCallable) (a, k) -> {
            Args.exact("ExitStack", a, k, 0);
            return new ExitStack();
        });
        return m;
    }

    /** A function decorated with {@code @contextmanager}: calling it makes a generator-based context manager. */
    record GeneratorFunction(Object fn) implements PyCallable, PyObject {
        @Override
        public Object call(Object[] args, String[] kwnames) {
            return new GeneratorContext(fn, args, kwnames);
        }

        @Override
        public Object getAttr(String name) {
            return Rt.getattr(fn, name);
        }

        @Override
        public String pyTypeName() {
            return "function";
        }

        @Override
        public String repr() {
            return io.portalis.pylib.Py.repr(fn);
        }
    }

    /** The context manager {@code @contextmanager} makes: runs the generator to its one {@code yield} and on. */
    static final class GeneratorContext implements ContextManager, PyObject {
        private final Object fn;
        private final Object[] args;
        private final String[] kwnames;
        private Object gen;

        GeneratorContext(Object fn, Object[] args, String[] kwnames) {
            this.fn = fn;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public Object enter() {
            gen = Rt.callKw(fn, args, kwnames);
            try {
                return Rt.next(gen);
            } catch (StopIteration e) {
                throw new RuntimeError("generator didn't yield");
            }
        }

        @Override
        public boolean exit(PyBaseException e) {
            if (e == null) {
                try {
                    Rt.next(gen);
                } catch (StopIteration stop) {
                    return false;
                }
                throw new RuntimeError("generator didn't stop");
            }
            if (!(gen instanceof PyGenerator g)) {
                throw new TypeError("'" + io.portalis.pylib.Py.typeName(gen) + "' object is not a generator");
            }
            try {
                g.throwIn(e);
            } catch (StopIteration stop) {
                // the generator caught the exception and finished: suppressed, unless it is that StopIteration
                return stop != e;
            } catch (PyBaseException raised) {
                if (raised == e) {
                    return false;
                }
                if (raised instanceof RuntimeError && raised.pyCause() == e && e instanceof StopIteration) {
                    return false;
                }
                throw raised;
            }
            throw new RuntimeError("generator didn't stop after throw()");
        }

        @Override
        public String pyTypeName() {
            return "_GeneratorContextManager";
        }
    }

    /** {@code suppress(*exceptions)}. */
    record Suppress(Object[] types) implements ContextManager, PyObject {
        @Override
        public Object enter() {
            return null;
        }

        @Override
        public boolean exit(PyBaseException e) {
            return e != null && types.length > 0 && Rt.isinstance(e, io.portalis.pylib.PyTuple.of(types));
        }

        @Override
        public String pyTypeName() {
            return "suppress";
        }
    }

    /** {@code closing(thing)}: calls {@code thing.close()} on exit. */
    record Closing(Object thing) implements ContextManager, PyObject {
        @Override
        public Object enter() {
            return thing;
        }

        @Override
        public boolean exit(PyBaseException e) {
            Rt.callMethod(thing, "close");
            return false;
        }

        @Override
        public String pyTypeName() {
            return "closing";
        }
    }

    /** {@code nullcontext(enter_result)}. */
    record NullContext(Object value) implements ContextManager, PyObject {
        @Override
        public Object enter() {
            return value;
        }

        @Override
        public boolean exit(PyBaseException e) {
            return false;
        }

        @Override
        public String pyTypeName() {
            return "nullcontext";
        }
    }

    /** {@code ExitStack()}: exit callbacks run last in, first out, each seeing the exception the later ones left. */
    static final class ExitStack implements ContextManager, PyObject {
        /** An exit callback: given the pending exception (or null), says whether it is suppressed. */
        private interface Exit {
            boolean run(PyBaseException e);
        }

        private Deque<Exit> exits = new ArrayDeque<>();

        @Override
        public Object enter() {
            return this;
        }

        @Override
        public boolean exit(PyBaseException e) {
            PyBaseException pending = e;
            boolean suppressed = false;
            while (!exits.isEmpty()) {
                Exit x = exits.pop();
                try {
                    if (x.run(pending)) {
                        pending = null;
                        suppressed = true;
                    }
                } catch (PyBaseException raised) {
                    if (pending != null && raised != pending) {
                        raised.withContext(pending);
                    }
                    pending = raised;
                    suppressed = false;
                }
            }
            if (pending != null && pending != e) {
                throw pending;
            }
            return e != null && (suppressed || pending == null);
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "enter_context" -> (PyCallable) (a, k) -> {
                    Args.exact("enter_context", a, k, 1);
                    Object cm = a[0];
                    Object v = Rt.enter(cm);
                    exits.push(ex -> Rt.exit(cm, ex));
                    return v;
                };
                case "push" -> (PyCallable) (a, k) -> {
                    Args.exact("push", a, k, 1);
                    Object cb = a[0];
                    if (cb instanceof ContextManager cm) {
                        exits.push(cm::exit);
                    } else if (cb instanceof Instance && Rt.hasattr(cb, "__exit__")) {
                        exits.push(ex -> Rt.exit(cb, ex));
                    } else {
                        exits.push(ex -> Rt.truthy(ex == null ? Rt.call(cb, null, null, null)
                                : Rt.call(cb, Rt.type(ex), ex, new TracebackValue(ex))));
                    }
                    return cb;
                };
                case "callback" -> (PyCallable) (a, k) -> {
                    if (a.length - k.length < 1) {
                        throw new TypeError("ExitStack.callback() missing 1 required positional argument: 'callback'");
                    }
                    Object cb = a[0];
                    Object[] rest = Arrays.copyOfRange(a, 1, a.length);
                    exits.push(ex -> {
                        Rt.callKw(cb, rest, k);
                        return false;
                    });
                    return cb;
                };
                case "close" -> (PyCallable) (a, k) -> {
                    Args.exact("close", a, k, 0);
                    exit(null);
                    return null;
                };
                case "pop_all" -> (PyCallable) (a, k) -> {
                    Args.exact("pop_all", a, k, 0);
                    ExitStack moved = new ExitStack();
                    moved.exits = exits;
                    exits = new ArrayDeque<>();
                    return moved;
                };
                default -> PyObject.super.getAttr(name);
            };
        }

        @Override
        public String pyTypeName() {
            return "ExitStack";
        }
    }
}
