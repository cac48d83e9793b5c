package io.portalis.pylib.stdlib;

import io.portalis.pylib.Ints;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code collections.Counter}: a dict whose missing keys count 0 without being inserted. Counts are usually
 * ints, but, as in CPython, any value may be stored ({@code Counter(a=2.5)}, {@code c['k'] = None}); the operations
 * then run Python's arithmetic and comparisons on them and raise its {@link TypeError}s. {@link #mostCommon} orders
 * by count, ties in insertion order, as CPython's does; printed as {@code Counter({'a': 3, 'b': 1})} in that order,
 * or in insertion order when the counts cannot be ordered.
 *
 * @param <K> the key type
 */
public class Counter<K> extends PyDict<K, Object> {
    private static final Long ZERO = 0L;

    /** {@code Counter()}. */
    public Counter() {
    }

    /**
     * {@code c.copy()}: a Counter, as Counter's own {@code copy} makes.
     *
     * @return a shallow copy
     */
    @Override
    public Counter<K> copy() {
        Counter<K> c = new Counter<>();
        for (K k : this) {
            c.setItem(k, getItem(k));
        }
        return c;
    }

    /**
     * {@code Counter(items)}: counts each item.
     *
     * @param items the items
     */
    public Counter(Iterable<? extends K> items) {
        update(items);
    }

    /**
     * {@code c.update(items)}: adds one per item.
     *
     * @param items the items
     * @throws TypeError when a count present is not a number
     */
    public void update(Iterable<? extends K> items) {
        for (K k : items) {
            setItem(k, plus(get(k, ZERO), 1L));
        }
    }

    /**
     * {@code c.subtract(items)}: subtracts one per item (counts may go negative).
     *
     * @param items the items
     * @throws TypeError when a count present is not a number
     */
    public void subtract(Iterable<? extends K> items) {
        for (K k : items) {
            setItem(k, minus(get(k, ZERO), 1L));
        }
    }

    /**
     * {@code c.update(mapping)}: adds the mapping's counts (its values, whatever their type); into an empty counter
     * the values are copied as they are, as CPython's {@code dict.update} does there.
     *
     * @param counts the mapping
     * @throws TypeError when a sum is not defined
     */
    public void updateCounts(PyDict<? extends K, ?> counts) {
        boolean copy = len() == 0;
        for (Map.Entry<? extends K, ?> e : counts.entries()) {
            setItem(e.getKey(), copy ? e.getValue() : Py.add(e.getValue(), get(e.getKey(), ZERO)));
        }
    }

    /**
     * {@code c.subtract(mapping)}: subtracts the mapping's counts.
     *
     * @param counts the mapping
     * @throws TypeError when a difference is not defined
     */
    public void subtractCounts(PyDict<? extends K, ?> counts) {
        for (Map.Entry<? extends K, ?> e : counts.entries()) {
            setItem(e.getKey(), Py.sub(get(e.getKey(), ZERO), e.getValue()));
        }
    }

    private static Object plus(Object count, long d) {
        if (count instanceof Long x) {
            long r = x + d;
            if (((x ^ r) & (d ^ r)) >= 0) {
                return r;
            }
        }
        return Py.add(count, d);
    }

    private static Object minus(Object count, long d) {
        if (count instanceof Long x) {
            long r = x - d;
            if (((x ^ d) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return Py.sub(count, d);
    }

    @Override
    protected Object missing(Object key) {
        return ZERO;
    }

    /**
     * {@code c.most_common()}.
     *
     * @return (key, count) pairs, highest count first, ties in insertion order
     * @throws TypeError when two counts cannot be compared
     */
    public PyList<PyTuple> mostCommon() {
        List<Map.Entry<K, Object>> entries = new ArrayList<>();
        for (Map.Entry<K, Object> e : entries()) {
            entries.add(e);
        }
        // A stable sort by descending count: CPython's sorted(..., reverse=True) keeps ties in order.
        entries.sort((a, b) -> descending(a.getValue(), b.getValue()));
        PyList<PyTuple> out = new PyList<>();
        for (Map.Entry<K, Object> e : entries) {
            out.add(PyTuple.of(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static int descending(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(y, x);
        }
        return Py.lt(b, a) ? -1 : Py.lt(a, b) ? 1 : 0;
    }

    /**
     * {@code c.most_common(n)}.
     *
     * @param n how many
     * @return the first {@code n} of {@link #mostCommon()}
     * @throws TypeError when two counts cannot be compared
     */
    public PyList<PyTuple> mostCommon(long n) {
        PyList<PyTuple> all = mostCommon();
        return all.slice(0L, Math.max(0, n), null);
    }

    /**
     * {@code c.total()}: {@code sum(c.values())}.
     *
     * @return the sum of the counts
     * @throws TypeError when a count cannot be added
     */
    public Object total() {
        Object t = ZERO;
        for (Map.Entry<K, Object> e : entries()) {
            t = t instanceof Long x && e.getValue() instanceof Long y && ((x ^ (x + y)) & (y ^ (x + y))) >= 0
                    ? (Object) (x + y) : Py.add(t, e.getValue());
        }
        return t;
    }

    /**
     * {@code c.elements()}: each key repeated by its positive count.
     *
     * @return the elements
     * @throws TypeError when a count is not an int, as {@code itertools.repeat} raises it
     */
    public PyList<K> elements() {
        PyList<K> out = new PyList<>();
        for (Map.Entry<K, Object> e : entries()) {
            Object count = e.getValue();
            if (!Ints.isInt(count)) {
                throw new TypeError("'" + Py.typeName(count) + "' object cannot be interpreted as an integer");
            }
            for (long k = 0, n = Ints.toLong(count); k < n; k++) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static boolean positive(Object count) {
        return count instanceof Long x ? x > 0 : Py.gt(count, ZERO);
    }

    private static boolean negative(Object count) {
        return count instanceof Long x ? x < 0 : Py.lt(count, ZERO);
    }

    /**
     * {@code self + other}: counts added, keeping only positive results, in CPython's key order (self's keys,
     * then other's new ones).
     *
     * @param other the other counter
     * @return the sum
     * @throws TypeError when counts cannot be added or compared
     */
    public Counter<K> add(Counter<? extends K> other) {
        Counter<K> out = new Counter<>();
        for (Map.Entry<K, Object> e : entries()) {
            Object v = Py.add(e.getValue(), other.get(e.getKey(), ZERO));
            if (positive(v)) {
                out.setItem(e.getKey(), v);
            }
        }
        addNewPositive(other, out);
        return out;
    }

    /** The second half of {@code +} and {@code |}: other's keys absent from this counter, with a positive count. */
    private void addNewPositive(Counter<? extends K> other, Counter<K> out) {
        for (Map.Entry<? extends K, Object> e : other.entries()) {
            if (!contains(e.getKey()) && positive(e.getValue())) {
                out.setItem(e.getKey(), e.getValue());
            }
        }
    }

    /**
     * {@code self - other}: counts subtracted, keeping only positive results.
     *
     * @param other the other counter
     * @return the difference
     * @throws TypeError when counts cannot be subtracted or compared
     */
    public Counter<K> sub(Counter<? extends K> other) {
        Counter<K> out = new Counter<>();
        for (Map.Entry<K, Object> e : entries()) {
            Object v = Py.sub(e.getValue(), other.get(e.getKey(), ZERO));
            if (positive(v)) {
                out.setItem(e.getKey(), v);
            }
        }
        for (Map.Entry<? extends K, Object> e : other.entries()) {
            if (!contains(e.getKey()) && negative(e.getValue())) {
                out.setItem(e.getKey(), Py.sub(ZERO, e.getValue()));
            }
        }
        return out;
    }

    /**
     * {@code self | other}: the larger of each count.
     *
     * @param other the other counter
     * @return the union
     * @throws TypeError when counts cannot be compared
     */
    public Counter<K> or(Counter<? extends K> other) {
        Counter<K> out = new Counter<>();
        for (Map.Entry<K, Object> e : entries()) {
            Object mine = e.getValue();
            Object theirs = other.get(e.getKey(), ZERO);
            Object v = Py.lt(mine, theirs) ? theirs : mine;
            if (positive(v)) {
                out.setItem(e.getKey(), v);
            }
        }
        addNewPositive(other, out);
        return out;
    }

    /**
     * {@code self & other}: the smaller of each count.
     *
     * @param other the other counter
     * @return the intersection
     * @throws TypeError when counts cannot be compared
     */
    public Counter<K> and(Counter<? extends K> other) {
        Counter<K> out = new Counter<>();
        for (Map.Entry<K, Object> e : entries()) {
            Object mine = e.getValue();
            Object theirs = other.get(e.getKey(), ZERO);
            Object v = Py.lt(mine, theirs) ? mine : theirs;
            if (positive(v)) {
                out.setItem(e.getKey(), v);
            }
        }
        return out;
    }

    /**
     * {@code self += other}, {@code -=}, {@code |=} and {@code &=}: this counter updated in place as CPython's
     * {@code __iadd__} and its siblings do it, then stripped of the counts that are not positive.
     *
     * @param op the operator's character: {@code + - | &}
     * @param other the other counter
     * @return this counter
     * @throws TypeError when counts cannot be combined or compared
     * @throws IllegalArgumentException for any other operator
     */
    public Counter<K> inplace(char op, Counter<? extends K> other) {
        switch (op) {
            case '+', '-' -> {
                for (Map.Entry<? extends K, Object> e : other.entries()) {
                    setItem(e.getKey(), augmented(op, get(e.getKey(), ZERO), e.getValue()));
                }
            }
            case '|' -> {
                for (Map.Entry<? extends K, Object> e : other.entries()) {
                    if (Py.gt(e.getValue(), get(e.getKey(), ZERO))) {
                        setItem(e.getKey(), e.getValue());
                    }
                }
            }
            case '&' -> {
                List<K> mine = new ArrayList<>();
                keys().forEach(mine::add);
                for (K k : mine) {
                    Object theirs = other.get(k, ZERO);
                    if (Py.lt(theirs, get(k, ZERO))) {
                        setItem(k, theirs);
                    }
                }
            }
            default -> throw new IllegalArgumentException(String.valueOf(op));
        }
        List<K> dropped = new ArrayList<>();
        for (Map.Entry<K, Object> e : entries()) {
            if (!positive(e.getValue())) {
                dropped.add(e.getKey());
            }
        }
        dropped.forEach(this::delItem);
        return this;
    }

    /** {@code mine += theirs} (or {@code -=}), whose error names the augmented operator, as CPython's does. */
    private static Object augmented(char op, Object mine, Object theirs) {
        try {
            return op == '+' ? Py.add(mine, theirs) : Py.sub(mine, theirs);
        } catch (TypeError e) {
            String binary = "unsupported operand type(s) for " + op + ":";
            if (e.getMessage().startsWith(binary)) {
                throw new TypeError("unsupported operand type(s) for " + op + "=:"
                        + e.getMessage().substring(binary.length()));
            }
            throw e;
        }
    }

    /**
     * {@code +self}: the positive counts only.
     *
     * @return a new counter
     * @throws TypeError when a count cannot be compared with 0
     */
    public Counter<K> positive() {
        Counter<K> out = new Counter<>();
        for (Map.Entry<K, Object> e : entries()) {
            if (positive(e.getValue())) {
                out.setItem(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * {@code -self}: the negative counts only, negated (subtraction from an empty counter).
     *
     * @return a new counter
     * @throws TypeError when a count cannot be compared with 0 or negated
     */
    public Counter<K> negative() {
        Counter<K> out = new Counter<>();
        for (Map.Entry<K, Object> e : entries()) {
            if (negative(e.getValue())) {
                out.setItem(e.getKey(), Py.sub(ZERO, e.getValue()));
            }
        }
        return out;
    }

    /**
     * Python's {@code ==} (3.10 and later): against another Counter, the same count for every element, a missing
     * element counting as zero ({@code Counter(a=1) == Counter(a=1, b=0)}); against a plain dict, dict equality.
     */
    @Override
    @SuppressWarnings("unchecked")
    public boolean equals(Object o) {
        if (!(o instanceof Counter<?>)) {
            return super.equals(o);
        }
        PyDict<Object, Object> mine = (PyDict<Object, Object>) (Object) this;
        PyDict<Object, Object> theirs = (PyDict<Object, Object>) o;
        return countsIn(mine, theirs) && countsIn(theirs, mine);
    }

    /** Whether every element of {@code a} has the same count in {@code b}. */
    private static boolean countsIn(PyDict<Object, Object> a, PyDict<Object, Object> b) {
        for (Object k : a.keys()) {
            if (!Py.eq(a.get(k, 0L), b.get(k, 0L))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String pyTypeName() {
        return "Counter";
    }

    @Override
    public String repr() {
        if (len() == 0) {
            return "Counter()";
        }
        PyList<PyTuple> items;
        try {
            items = mostCommon();
        } catch (TypeError unorderable) {
            // CPython's __repr__ falls back to insertion order when the counts cannot be ordered
            items = new PyList<>();
            for (Map.Entry<K, Object> e : entries()) {
                items.add(PyTuple.of(e.getKey(), e.getValue()));
            }
        }
        StringBuilder b = new StringBuilder("Counter({");
        boolean first = true;
        for (PyTuple t : items) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(Py.repr(t.get(0))).append(": ").append(Py.repr(t.get(1)));
        }
        return b.append("})").toString();
    }
}
