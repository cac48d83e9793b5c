package io.portalis.pylib;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Python's {@code tuple}: an immutable sequence with Python's equality, ordering, {@code repr} ({@code (1,)})
 * and CPython 3.11's hash (the xxHash-based algorithm), so tuples work as dict keys and set members exactly as in
 * Python. It is a read-only {@link List} for Java callers; mutators throw {@link UnsupportedOperationException}.
 */
public final class PyTuple extends AbstractList<Object> implements PyRepr, RandomAccess {
    private static final PyTuple EMPTY = new PyTuple(new Object[0]);
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private final Object[] items;

    private PyTuple(Object[] items) {
        this.items = items;
    }

    /**
     * A tuple literal {@code (a, b, …)}; the array is not copied, so callers must not keep it.
     *
     * @param items the items
     * @return the tuple
     */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /**
     * {@code tuple(items)}.
     *
     * @param items an iterable
     * @return a tuple of its items
     */
    public static PyTuple from(Iterable<?> items) {
        if (items instanceof PyTuple t) {
            return t;
        }
        List<Object> l = new ArrayList<>();
        for (Object o : Py.iterable(items)) {
            l.add(o);
        }
        return of(l.toArray());
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /**
     * {@code self[i]}.
     *
     * @param i the index, negative from the end
     * @return the item
     * @throws IndexError {@code tuple index out of range}
     */
    public Object getItem(long i) {
        long j = i < 0 ? i + items.length : i;
        if (j < 0 || j >= items.length) {
            throw new IndexError("tuple index out of range");
        }
        return items[(int) j];
    }

    /**
     * {@code self[start:stop:step]}.
     *
     * @param start the start or null
     * @param stop the stop or null
     * @param step the step or null
     * @return the sub-tuple
     */
    public PyTuple slice(Long start, Long stop, Long step) {
        Slice s = Slice.of(items.length, start, stop, step);
        if (s.step() == 1 && s.length() == items.length) {
            return this; // immutable: CPython gives the same object back
        }
        Object[] out = new Object[s.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = items[s.index(k)];
        }
        return of(out);
    }

    /**
     * {@code self + other}.
     *
     * @param other the tuple to concatenate
     * @return the new tuple
     */
    public PyTuple concat(PyTuple other) {
        Object[] out = java.util.Arrays.copyOf(items, items.length + other.items.length);
        System.arraycopy(other.items, 0, out, items.length, other.items.length);
        return of(out);
    }

    /**
     * {@code self * n}.
     *
     * @param n the count
     * @return the repeated tuple
     */
    public PyTuple mul(long n) {
        List<Object> out = new ArrayList<>();
        for (long k = 0; k < n; k++) {
            java.util.Collections.addAll(out, items);
        }
        return of(out.toArray());
    }

    /**
     * {@code self.index(v)}.
     *
     * @param v the value
     * @return the first index
     * @throws ValueError {@code tuple.index(x): x not in tuple}
     */
    public long index(Object v) {
        for (int k = 0; k < items.length; k++) {
            if (Py.eq(items[k], v)) {
                return k;
            }
        }
        throw new ValueError("tuple.index(x): x not in tuple");
    }

    /**
     * {@code self.count(v)}.
     *
     * @param v the value
     * @return how many items equal it
     */
    public long count(Object v) {
        long n = 0;
        for (Object o : items) {
            if (Py.eq(o, v)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean contains(Object v) {
        for (Object o : items) {
            if (Py.eq(o, v)) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code ==}: equal lengths and pairwise equal items. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof PyTuple t) || t.items.length != items.length) {
            return false;
        }
        for (int k = 0; k < items.length; k++) {
            if (!Py.eq(items[k], t.items[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The Python hash, folded to an int.
     *
     * @throws TypeError if an item is unhashable
     */
    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    /**
     * CPython 3.11's {@code hash(tuple)}.
     *
     * @return the hash
     * @throws TypeError if an item is unhashable
     */
    public long pyHash() {
        long acc = XXPRIME_5;
        for (Object o : items) {
            long lane = Py.hash(o);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Override
    public String repr() {
        if (items.length == 1) {
            return "(" + Py.repr(items[0]) + ",)";
        }
        return Py.reprSequence(this, "(", ")", this);
    }

    @Override
    public String toString() {
        return repr();
    }
}
