package io.portalis.pylib.stdlib;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyIterator;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.ValueError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Python's {@code itertools}: lazy one-shot iterators ({@link PyIterator}) producing items in exactly
 * CPython's order (the combinatoric ones in lexicographic order of positions).
 */
public final class Itertools {
    private Itertools() {
    }

    /** An iterator whose step returns the next item, or {@link #END} when done (typed Object so no cast runs on it). */
    @SuppressWarnings("unchecked")
    private static <T> PyIterator<T> named(String name, java.util.function.Supplier<?> step, Object endMarker) {
        return new PyIterator<>() {
            @Override
            protected T advance() {
                Object t = step.get();
                return t == endMarker ? end() : (T) t;
            }

            @Override
            public String pyTypeName() {
                return "itertools." + name;
            }
        };
    }

    private static final Object END = new Object();

    private static Object endMark() {
        return END;
    }

    /**
     * {@code count(start, step)}: start, start+step, … forever (with Python's {@code +}).
     *
     * @param start first
     * @param step increment
     * @return the iterator
     */
    public static PyIterator<Object> count(Object start, Object step) {
        Object[] next = {start};
        return named("count", () -> {
            Object v = next[0];
            next[0] = Py.add(v, step);
            return v;
        }, END);
    }

    /**
     * {@code count(start)}.
     *
     * @param start the first value
     * @return 0-step-1 counting from {@code start}
     */
    public static PyIterator<Object> count(long start) {
        return count(start, 1L);
    }

    /**
     * {@code cycle(items)}: the items over and over (saved on the first pass).
     *
     * @param items an iterable
     * @return the iterator
     */
    public static PyIterator<Object> cycle(Object items) {
        Iterator<Object> it = Py.iter(items);
        List<Object> saved = new ArrayList<>();
        int[] k = {-1};
        return named("cycle", () -> {
            if (k[0] < 0) {
                if (it.hasNext()) {
                    Object o = it.next();
                    saved.add(o);
                    return o;
                }
                if (saved.isEmpty()) {
                    return endMark();
                }
                k[0] = 0;
            }
            Object o = saved.get(k[0]);
            k[0] = (k[0] + 1) % saved.size();
            return o;
        }, END);
    }

    /**
     * {@code repeat(x, times)}.
     *
     * @param x the value
     * @param times how many, or -1 forever
     * @return the iterator
     */
    public static PyIterator<Object> repeat(Object x, long times) {
        long[] left = {times};
        return named("repeat", () -> {
            if (left[0] == 0) {
                return endMark();
            }
            if (left[0] > 0) {
                left[0]--;
            }
            return x;
        }, END);
    }

    /**
     * {@code chain(*iterables)}.
     *
     * @param iterables the iterables
     * @return their items in turn
     */
    public static PyIterator<Object> chain(Object... iterables) {
        return chainFromIterable(PyList.of(iterables));
    }

    /**
     * {@code chain.from_iterable(iterables)}.
     *
     * @param iterables an iterable of iterables
     * @return their items in turn
     */
    public static PyIterator<Object> chainFromIterable(Object iterables) {
        Iterator<Object> outer = Py.iter(iterables);
        @SuppressWarnings("unchecked")
        Iterator<Object>[] inner = new Iterator[] {null};
        return named("chain", () -> {
            while (inner[0] == null || !inner[0].hasNext()) {
                if (!outer.hasNext()) {
                    return endMark();
                }
                inner[0] = Py.iter(outer.next());
            }
            return inner[0].next();
        }, END);
    }

    /**
     * {@code islice(items, start, stop, step)}.
     *
     * @param items an iterable
     * @param start the first index taken
     * @param stop the index to stop at, or {@code null} for none
     * @param step the step, at least 1
     * @return the selected items
     * @throws ValueError for negative indices or a step below 1, with CPython's messages
     */
    public static PyIterator<Object> islice(Object items, long start, Long stop, long step) {
        if (start < 0 || stop != null && stop < 0) {
            throw new ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        if (step < 1) {
            throw new ValueError("Step for islice() must be a positive integer or None.");
        }
        Iterator<Object> it = Py.iter(items);
        long[] pos = {0};
        long[] nextWanted = {start};
        return named("islice", () -> {
            if (stop != null && nextWanted[0] >= stop) {
                return endMark();
            }
            while (pos[0] < nextWanted[0]) {
                if (!it.hasNext()) {
                    return endMark();
                }
                it.next();
                pos[0]++;
            }
            if (!it.hasNext()) {
                return endMark();
            }
            pos[0]++;
            nextWanted[0] += step;
            return it.next();
        }, END);
    }

    /**
     * {@code islice(items, stop)}.
     *
     * @param items an iterable
     * @param stop how many
     * @return the first items
     */
    public static PyIterator<Object> islice(Object items, long stop) {
        return islice(items, 0, stop, 1);
    }

    private static List<List<Object>> pools(Object[] iterables, long repeat) {
        List<List<Object>> pools = new ArrayList<>();
        for (long r = 0; r < repeat; r++) {
            for (Object o : iterables) {
                pools.add(new PyList<>(Py.iterable(o)));
            }
        }
        return pools;
    }

    /**
     * {@code product(*iterables, repeat=repeat)}.
     *
     * @param repeat how many times to repeat the iterables
     * @param iterables the iterables
     * @return tuples in lexicographic order
     */
    public static PyIterator<PyTuple> product(long repeat, Object... iterables) {
        List<List<Object>> pools = pools(iterables, repeat);
        int n = pools.size();
        int[] idx = new int[n];
        boolean[] state = {pools.stream().anyMatch(List::isEmpty), false};
        return named("product", () -> {
            if (state[0]) {
                return endMark();
            }
            if (state[1]) {
                int k = n - 1;
                while (k >= 0 && ++idx[k] == pools.get(k).size()) {
                    idx[k] = 0;
                    k--;
                }
                if (k < 0) {
                    state[0] = true;
                    return endMark();
                }
            }
            state[1] = true;
            Object[] t = new Object[n];
            for (int k = 0; k < n; k++) {
                t[k] = pools.get(k).get(idx[k]);
            }
            return PyTuple.of(t);
        }, END);
    }

    /**
     * {@code product(*iterables)}.
     *
     * @param iterables the iterables
     * @return tuples in lexicographic order
     */
    public static PyIterator<PyTuple> product(Object... iterables) {
        return product(1, iterables);
    }

    /**
     * {@code permutations(items, r)}.
     *
     * @param items an iterable
     * @param r the length, or -1 for all
     * @return tuples in CPython's order
     */
    public static PyIterator<PyTuple> permutations(Object items, long r) {
        List<Object> pool = new PyList<>(Py.iterable(items));
        int n = pool.size();
        int len = r < 0 ? n : (int) r;
        List<PyTuple> all = new ArrayList<>();
        if (len <= n) {
            permute(pool, len, new ArrayList<>(), new boolean[n], all);
        }
        return PyIterator.of(all.iterator(), "itertools.permutations");
    }

    private static void permute(List<Object> pool, int len, List<Object> cur, boolean[] used, List<PyTuple> out) {
        if (cur.size() == len) {
            out.add(PyTuple.of(cur.toArray()));
            return;
        }
        for (int k = 0; k < pool.size(); k++) {
            if (!used[k]) {
                used[k] = true;
                cur.add(pool.get(k));
                permute(pool, len, cur, used, out);
                cur.removeLast();
                used[k] = false;
            }
        }
    }

    /**
     * {@code combinations(items, r)}.
     *
     * @param items an iterable
     * @param r the length
     * @return tuples in CPython's order
     */
    public static PyIterator<PyTuple> combinations(Object items, long r) {
        List<Object> pool = new PyList<>(Py.iterable(items));
        List<PyTuple> all = new ArrayList<>();
        combine(pool, (int) r, 0, new ArrayList<>(), all, false);
        return PyIterator.of(all.iterator(), "itertools.combinations");
    }

    /**
     * {@code combinations_with_replacement(items, r)}.
     *
     * @param items an iterable
     * @param r the length
     * @return tuples in CPython's order
     */
    public static PyIterator<PyTuple> combinationsWithReplacement(Object items, long r) {
        List<Object> pool = new PyList<>(Py.iterable(items));
        List<PyTuple> all = new ArrayList<>();
        if (!pool.isEmpty() || r == 0) {
            combine(pool, (int) r, 0, new ArrayList<>(), all, true);
        }
        return PyIterator.of(all.iterator(), "itertools.combinations_with_replacement");
    }

    private static void combine(List<Object> pool, int r, int from, List<Object> cur, List<PyTuple> out,
                                boolean replace) {
        if (cur.size() == r) {
            out.add(PyTuple.of(cur.toArray()));
            return;
        }
        for (int k = from; k < pool.size(); k++) {
            cur.add(pool.get(k));
            combine(pool, r, replace ? k : k + 1, cur, out, replace);
            cur.removeLast();
        }
    }

    /**
     * {@code groupby(items, key)}: consecutive runs with equal keys, as (key, list of items) tuples (CPython yields
     * a lazy group iterator; a list holds the same items).
     *
     * @param items an iterable
     * @param key the key function, or {@code null} for the items themselves
     * @return (key, group) tuples
     */
    public static PyIterator<PyTuple> groupby(Object items, Function<Object, ?> key) {
        Iterator<Object> it = Py.iter(items);
        Object[] pending = {END, null};
        return named("groupby", () -> {
            if (pending[0] == END) {
                if (!it.hasNext()) {
                    return endMark();
                }
                Object o = it.next();
                pending[0] = o;
                pending[1] = key == null ? o : key.apply(o);
            }
            Object k = pending[1];
            PyList<Object> group = PyList.of(pending[0]);
            pending[0] = END;
            while (it.hasNext()) {
                Object o = it.next();
                Object ok = key == null ? o : key.apply(o);
                if (!Py.eq(ok, k)) {
                    pending[0] = o;
                    pending[1] = ok;
                    break;
                }
                group.add(o);
            }
            return PyTuple.of(k, group);
        }, END);
    }

    /**
     * {@code accumulate(items, func, initial=initial)}.
     *
     * @param items an iterable
     * @param func the binary function, or {@code null} for {@code +}
     * @param initial the first value, or {@code null} for none
     * @return the running results
     */
    public static PyIterator<Object> accumulate(Object items, BiFunction<Object, Object, Object> func, Object initial) {
        Iterator<Object> it = Py.iter(items);
        Object[] acc = {initial == null ? END : initial};
        boolean[] started = {false};
        return named("accumulate", () -> {
            if (!started[0]) {
                started[0] = true;
                if (acc[0] != END) {
                    return acc[0];
                }
                if (!it.hasNext()) {
                    return endMark();
                }
                acc[0] = it.next();
                return acc[0];
            }
            if (!it.hasNext()) {
                return endMark();
            }
            Object o = it.next();
            acc[0] = func == null ? Py.add(acc[0], o) : func.apply(acc[0], o);
            return acc[0];
        }, END);
    }

    /**
     * {@code accumulate(items)}: running sums.
     *
     * @param items an iterable
     * @return the running sums
     */
    public static PyIterator<Object> accumulate(Object items) {
        return accumulate(items, null, null);
    }

    /**
     * {@code compress(data, selectors)}.
     *
     * @param data an iterable
     * @param selectors an iterable of flags, truthy or not
     * @return the items of data whose selector is truthy, until either runs out
     */
    public static PyIterator<Object> compress(Object data, Object selectors) {
        Iterator<Object> items = Py.iter(data);
        Iterator<Object> flags = Py.iter(selectors);
        return named("compress", () -> {
            while (items.hasNext() && flags.hasNext()) {
                Object o = items.next();
                if (Py.truthy(flags.next())) {
                    return o;
                }
            }
            return endMark();
        }, END);
    }

    /**
     * {@code filterfalse(pred, items)}.
     *
     * @param pred the predicate
     * @param items an iterable
     * @return the items that do not satisfy it
     */
    public static PyIterator<Object> filterfalse(Predicate<Object> pred, Object items) {
        Iterator<Object> it = Py.iter(items);
        return named("filterfalse", () -> {
            while (it.hasNext()) {
                Object o = it.next();
                if (!pred.test(o)) {
                    return o;
                }
            }
            return endMark();
        }, END);
    }

    /**
     * {@code tee(items, n)}: n independent iterators over the items, which are read from the source once.
     *
     * @param items an iterable
     * @param n how many iterators, at least 0
     * @return the tuple of iterators
     * @throws ValueError {@code n must be >= 0}
     */
    public static PyTuple tee(Object items, int n) {
        if (n < 0) {
            throw new ValueError("n must be >= 0");
        }
        Iterator<Object> source = Py.iter(items);
        List<Object> seen = new ArrayList<>();
        Object[] copies = new Object[n];
        for (int c = 0; c < n; c++) {
            int[] next = {0};
            copies[c] = named("_tee", () -> {
                if (next[0] == seen.size()) {
                    if (!source.hasNext()) {
                        return endMark();
                    }
                    seen.add(source.next());
                }
                return seen.get(next[0]++);
            }, END);
        }
        return PyTuple.of(copies);
    }

    /**
     * {@code takewhile(pred, items)}.
     *
     * @param pred the predicate
     * @param items an iterable
     * @return the leading items that satisfy it
     */
    public static PyIterator<Object> takewhile(Predicate<Object> pred, Object items) {
        Iterator<Object> it = Py.iter(items);
        boolean[] done = {false};
        return named("takewhile", () -> {
            if (done[0] || !it.hasNext()) {
                return endMark();
            }
            Object o = it.next();
            if (!pred.test(o)) {
                done[0] = true;
                return endMark();
            }
            return o;
        }, END);
    }

    /**
     * {@code dropwhile(pred, items)}.
     *
     * @param pred the predicate
     * @param items an iterable
     * @return the items from the first that fails it
     */
    public static PyIterator<Object> dropwhile(Predicate<Object> pred, Object items) {
        Iterator<Object> it = Py.iter(items);
        boolean[] dropping = {true};
        return named("dropwhile", () -> {
            while (it.hasNext()) {
                Object o = it.next();
                if (dropping[0] && pred.test(o)) {
                    continue;
                }
                dropping[0] = false;
                return o;
            }
            return endMark();
        }, END);
    }

    /**
     * {@code zip_longest(*iterables, fillvalue=fill)}.
     *
     * @param fill the filler
     * @param iterables the iterables
     * @return tuples until the longest ends
     */
    public static PyIterator<PyTuple> zipLongest(Object fill, Object... iterables) {
        List<Iterator<Object>> its = new ArrayList<>();
        for (Object o : iterables) {
            its.add(Py.iter(o));
        }
        return named("zip_longest", () -> {
            Object[] row = new Object[its.size()];
            boolean any = false;
            for (int k = 0; k < row.length; k++) {
                if (its.get(k).hasNext()) {
                    row[k] = its.get(k).next();
                    any = true;
                } else {
                    row[k] = fill;
                }
            }
            return any ? PyTuple.of(row) : endMark();
        }, END);
    }

    /**
     * {@code pairwise(items)}.
     *
     * @param items an iterable
     * @return overlapping pairs
     */
    public static PyIterator<PyTuple> pairwise(Object items) {
        Iterator<Object> it = Py.iter(items);
        Object[] prev = {END};
        return named("pairwise", () -> {
            if (prev[0] == END) {
                if (!it.hasNext()) {
                    return endMark();
                }
                prev[0] = it.next();
            }
            if (!it.hasNext()) {
                return endMark();
            }
            Object o = it.next();
            PyTuple t = PyTuple.of(prev[0], o);
            prev[0] = o;
            return t;
        }, END);
    }

    /**
     * {@code starmap(func, items)}.
     *
     * @param func takes the unpacked items
     * @param items an iterable of sequences
     * @return the results
     */
    public static PyIterator<Object> starmap(Function<Object[], Object> func, Object items) {
        Iterator<Object> it = Py.iter(items);
        return named("starmap", () -> it.hasNext() ? func.apply(new PyList<>(Py.iterable(it.next())).toArray())
                : endMark(), END);
    }
}
