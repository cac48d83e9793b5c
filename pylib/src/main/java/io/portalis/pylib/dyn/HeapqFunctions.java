package io.portalis.pylib.dyn;

import io.portalis.pylib.Builtins;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyIterator;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.stdlib.HeapqModule;
import java.util.Iterator;

/**
 * Python's {@code heapq} as a module value: the C functions ({@code heappush}, {@code heappop}, {@code heapify},
 * {@code heapreplace}, {@code heappushpop}) with their argument checks, and {@code nlargest}, {@code nsmallest}
 * and {@code merge} as heapq.py runs them, comparing the same decorated tuples and lists in the same order, so
 * that ties, user {@code __lt__}/{@code __eq__} methods and comparison errors behave as in CPython.
 */
final class HeapqFunctions {
    private static final Signature NLARGEST = new Signature("nlargest", new String[] {"n", "iterable", "key"}, 0,
            false, new String[0], false);
    private static final Signature NSMALLEST = new Signature("nsmallest", new String[] {"n", "iterable", "key"}, 0,
            false, new String[0], false);
    private static final Signature MERGE = new Signature("merge", new String[0], 0, true,
            new String[] {"key", "reverse"}, false);
    private static final Object[] NO_KEY = {null};

    private HeapqFunctions() {
    }

    static PyModule module() {
        PyModule m = new PyModule("heapq");
        m.put("heappush", (PyCallable) (a, k) -> {
            args("heappush", a, k, 2);
            HeapqModule.heappush(heap("heappush() argument 1", a[0]), a[1]);
            return null;
        });
        m.put("heappop", (PyCallable) (a, k) -> {
            args("heappop", a, k, 1);
            return HeapqModule.heappop(heap("heappop() argument", a[0]));
        });
        m.put("heapify", (PyCallable) (a, k) -> {
            args("heapify", a, k, 1);
            HeapqModule.heapify(heap("heapify() argument", a[0]));
            return null;
        });
        m.put("heapreplace", (PyCallable) (a, k) -> {
            args("heapreplace", a, k, 2);
            return HeapqModule.heapreplace(heap("heapreplace() argument 1", a[0]), a[1]);
        });
        m.put("heappushpop", (PyCallable) (a, k) -> {
            args("heappushpop", a, k, 2);
            return HeapqModule.heappushpop(heap("heappushpop() argument 1", a[0]), a[1]);
        });
        m.put("nlargest", (PyCallable) (a, k) -> {
            Object[] b = NLARGEST.bind(a, k, NO_KEY, new Object[0]);
            return select(b[0], b[1], b[2], true);
        });
        m.put("nsmallest", (PyCallable) (a, k) -> {
            Object[] b = NSMALLEST.bind(a, k, NO_KEY, new Object[0]);
            return select(b[0], b[1], b[2], false);
        });
        m.put("merge", (PyCallable) (a, k) -> {
            Object[] b = MERGE.bind(a, k, new Object[0], new Object[] {null, false});
            return new Merge(((PyTuple) b[0]).toArray(), b[1], Rt.truthy(b[2]));
        });
        return m;
    }

    /** The C functions' checks: positional arguments only, exactly {@code n} of them. */
    private static void args(String fn, Object[] a, String[] k, int n) {
        if (k.length > 0) {
            throw new TypeError("_heapq." + fn + "() takes no keyword arguments");
        }
        if (a.length != n) {
            throw new TypeError(n == 1
                    ? "_heapq." + fn + "() takes exactly one argument (" + a.length + " given)"
                    : fn + " expected " + n + " arguments, got " + a.length);
        }
    }

    @SuppressWarnings("unchecked")
    private static PyList<Object> heap(String what, Object v) {
        if (v instanceof PyList<?> l) {
            return (PyList<Object>) l;
        }
        throw new TypeError(what + " must be list, not " + Py.typeName(v));
    }

    private static Object key(Object key, Object item) {
        return Rt.call(key, item);
    }

    /** {@code nlargest} ({@code largest}) or {@code nsmallest}, step by step as heapq.py. */
    private static PyList<Object> select(Object n, Object iterable, Object key, boolean largest) {
        if (Rt.eq(n, 1L)) {
            Object sentinel = new Object();
            java.util.function.Function<Object, ?> k = key == null ? null : x -> key(key, x);
            Object r = largest ? Builtins.max(iterable, k, sentinel) : Builtins.min(iterable, k, sentinel);
            return r == sentinel ? new PyList<>() : PyList.of(r);
        }
        Long size = sizeOf(iterable);
        if (size != null && Py.ge(n, size)) {
            java.util.function.Function<Object, ?> k = key == null ? null : x -> key(key, x);
            PyList<Object> sorted = Builtins.sorted(iterable, k, largest);
            return sorted.slice(0L, Math.max(0L, sliceBound(n)), null);
        }
        Iterator<Object> it = Rt.iter(iterable);
        long count = Rt.index(n);
        // the decoration's second field keeps equal items in their original order
        long step = largest ? -1 : 1;
        PyList<Object> result = new PyList<>();
        for (long i = 0; i < count && it.hasNext(); i++) {
            Object elem = it.next();
            result.add(key == null ? PyTuple.of(elem, i * step) : PyTuple.of(key(key, elem), i * step, elem));
        }
        if (result.isEmpty()) {
            return new PyList<>();
        }
        // nlargest keeps the largest in a min-heap, nsmallest the smallest in a max-heap
        boolean max = !largest;
        HeapqModule.heapify(result, max);
        Object top = ((PyTuple) result.get(0)).get(0);
        long order = count * step;
        while (it.hasNext()) {
            Object elem = it.next();
            Object k = key == null ? elem : key(key, elem);
            if (largest ? Py.lt(top, k) : Py.lt(k, top)) {
                HeapqModule.heapreplace(result, key == null ? PyTuple.of(elem, order) : PyTuple.of(k, order, elem),
                        max);
                top = ((PyTuple) result.get(0)).get(0);
                order += step;
            }
        }
        result.sort(null, largest);
        PyList<Object> out = new PyList<>();
        for (Object t : result) {
            out.add(((PyTuple) t).get(key == null ? 0 : 2));
        }
        return out;
    }

    /** {@code len(iterable)}, or null when it has no length (heapq.py catches that TypeError). */
    private static Long sizeOf(Object iterable) {
        try {
            return Rt.len(iterable);
        } catch (TypeError e) {
            return null;
        }
    }

    private static long sliceBound(Object n) {
        if (!io.portalis.pylib.Ints.isInt(n)) {
            throw new TypeError("slice indices must be integers or None or have an __index__ method");
        }
        return Rt.index(n);
    }

    /**
     * {@code merge(*iterables, key=None, reverse=False)}: a generator, so nothing is read from the iterables before
     * the first item is asked for. Each input is a heap entry {@code [key, order, value, iterator]} compared as a
     * list, as heapq.py's are; the order field keeps ties in input order and is never equal, so the entries'
     * values are compared with {@code ==} then {@code <} exactly as there.
     */
    static final class Merge extends PyIterator<Object> implements PyObject {
        private final Object[] iterables;
        private final Object key;
        private final boolean reverse;
        private PyList<Object> heap;
        private Iterator<Object> last;

        Merge(Object[] iterables, Object key, boolean reverse) {
            this.iterables = iterables;
            this.key = key;
            this.reverse = reverse;
        }

        @Override
        protected Object advance() {
            if (heap == null) {
                start();
            } else if (last != null) {
                return last.hasNext() ? last.next() : end();
            } else if (!heap.isEmpty()) {
                // the input whose item was given last moves on only now, as the generator resumes
                PyList<Object> s = root();
                @SuppressWarnings("unchecked")
                Iterator<Object> it = (Iterator<Object>) s.get(3);
                if (it.hasNext()) {
                    Object next = it.next();
                    s.set(0, key == null ? next : Rt.call(key, next));
                    s.set(2, next);
                    HeapqModule.heapreplace(heap, s, reverse);
                } else {
                    HeapqModule.heappop(heap, reverse);
                }
            }
            if (heap.isEmpty()) {
                return end();
            }
            PyList<Object> s = root();
            if (heap.size() == 1) {
                // the last input left is read on directly
                @SuppressWarnings("unchecked")
                Iterator<Object> it = (Iterator<Object>) s.get(3);
                last = it;
            }
            return s.get(2);
        }

        @SuppressWarnings("unchecked")
        private PyList<Object> root() {
            return (PyList<Object>) heap.get(0);
        }

        private void start() {
            heap = new PyList<>();
            long direction = reverse ? -1 : 1;
            for (int order = 0; order < iterables.length; order++) {
                Iterator<Object> it = Rt.iter(iterables[order]);
                if (it.hasNext()) {
                    Object value = it.next();
                    heap.add(entry(key == null ? value : Rt.call(key, value), order * direction, value, it));
                }
            }
            HeapqModule.heapify(heap, reverse);
        }

        private static PyList<Object> entry(Object key, long order, Object value, Iterator<Object> it) {
            PyList<Object> e = new PyList<>();
            e.add(key);
            e.add(order);
            e.add(value);
            e.add(it);
            return e;
        }

        @Override
        public String pyTypeName() {
            return "generator";
        }

        @Override
        public String repr() {
            return "<generator object merge at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
        }
    }
}
