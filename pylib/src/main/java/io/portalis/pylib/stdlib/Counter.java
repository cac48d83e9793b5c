package io.portalis.pylib.stdlib;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code collections.Counter}: counts as {@code Long} values; an absent key counts 0 without being
 * inserted; {@link #mostCommon} orders by count, ties in insertion order, as CPython's does; printed as
 * {@code Counter({'a': 3, 'b': 1})} in that order.
 *
 * @param <K> the key type
 */
public class Counter<K> extends PyDict<K, Long> {
    /** {@code Counter()}. */
    public Counter() {
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
     */
    public void update(Iterable<? extends K> items) {
        for (K k : items) {
            setItem(k, get(k, 0L) + 1);
        }
    }

    /**
     * {@code c.subtract(items)}: subtracts one per item (counts may go negative).
     *
     * @param items the items
     */
    public void subtract(Iterable<? extends K> items) {
        for (K k : items) {
            setItem(k, get(k, 0L) - 1);
        }
    }

    @Override
    protected Long missing(Object key) {
        return 0L;
    }

    /**
     * {@code c.most_common()}.
     *
     * @return (key, count) pairs, highest count first, ties in insertion order
     */
    public PyList<PyTuple> mostCommon() {
        List<Map.Entry<K, Long>> entries = new ArrayList<>();
        for (Map.Entry<K, Long> e : entries()) {
            entries.add(e);
        }
        // A stable sort by descending count: CPython's sorted(..., reverse=True) keeps ties in order.
        entries.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        PyList<PyTuple> out = new PyList<>();
        for (Map.Entry<K, Long> e : entries) {
            out.add(PyTuple.of(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * {@code c.most_common(n)}.
     *
     * @param n how many
     * @return the first {@code n} of {@link #mostCommon()}
     */
    public PyList<PyTuple> mostCommon(long n) {
        PyList<PyTuple> all = mostCommon();
        return all.slice(0L, Math.max(0, n), null);
    }

    /**
     * {@code c.total()}.
     *
     * @return the sum of the counts
     */
    public long total() {
        long t = 0;
        for (Map.Entry<K, Long> e : entries()) {
            t += e.getValue();
        }
        return t;
    }

    /**
     * {@code c.elements()}: each key repeated by its positive count.
     *
     * @return the elements
     */
    public PyList<K> elements() {
        PyList<K> out = new PyList<>();
        for (Map.Entry<K, Long> e : entries()) {
            for (long k = 0; k < e.getValue(); k++) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private Counter<K> combine(Counter<? extends K> other, java.util.function.LongBinaryOperator op) {
        Counter<K> out = new Counter<>();
        for (Map.Entry<K, Long> e : entries()) {
            long v = op.applyAsLong(e.getValue(), other.get(e.getKey(), 0L));
            if (v > 0) {
                out.setItem(e.getKey(), v);
            }
        }
        for (Map.Entry<? extends K, Long> e : other.entries()) {
            if (!contains(e.getKey())) {
                long v = op.applyAsLong(0L, e.getValue());
                if (v > 0) {
                    out.setItem(e.getKey(), v);
                }
            }
        }
        return out;
    }

    /**
     * {@code self + other}: counts added, keeping only positive results, in CPython's key order (self's keys,
     * then other's new ones).
     *
     * @param other the other counter
     * @return the sum
     */
    public Counter<K> add(Counter<? extends K> other) {
        return combine(other, Long::sum);
    }

    /**
     * {@code self - other}: counts subtracted, keeping only positive results.
     *
     * @param other the other counter
     * @return the difference
     */
    public Counter<K> sub(Counter<? extends K> other) {
        return combine(other, (x, y) -> x - y);
    }

    /**
     * {@code self | other}: the larger of each count.
     *
     * @param other the other counter
     * @return the union
     */
    public Counter<K> or(Counter<? extends K> other) {
        return combine(other, Math::max);
    }

    /**
     * {@code self & other}: the smaller of each count.
     *
     * @param other the other counter
     * @return the intersection
     */
    public Counter<K> and(Counter<? extends K> other) {
        return combine(other, Math::min);
    }

    /**
     * {@code +self}: the positive counts only.
     *
     * @return a new counter
     */
    public Counter<K> positive() {
        Counter<K> out = new Counter<>();
        for (Map.Entry<K, Long> e : entries()) {
            if (e.getValue() > 0) {
                out.setItem(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * {@code -self}: the negative counts only, negated (subtraction from an empty counter).
     *
     * @return a new counter
     */
    public Counter<K> negative() {
        Counter<K> out = new Counter<>();
        for (Map.Entry<K, Long> e : entries()) {
            if (e.getValue() < 0) {
                out.setItem(e.getKey(), -e.getValue());
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
        StringBuilder b = new StringBuilder("Counter({");
        boolean first = true;
        for (PyTuple t : mostCommon()) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(Py.repr(t.get(0))).append(": ").append(Py.repr(t.get(1)));
        }
        return b.append("})").toString();
    }
}
