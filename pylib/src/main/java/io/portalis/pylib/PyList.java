package io.portalis.pylib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Python's {@code list}: a Java {@link ArrayList} (so typed code can use it as a {@code List<E>}) with Python's
 * equality ({@code [1] == [1.0]}), ordering, {@code repr}, negative indices, slices and methods.
 *
 * <p>Java's {@code List} methods keep their Java meaning, except {@link #remove(Object)}, which is Python's
 * {@code list.remove}: it compares with Python's {@code ==} and raises {@link ValueError} when the value is
 * absent. A list is unhashable: {@link #hashCode()} raises {@link TypeError} as {@code hash([])} does.
 *
 * @param <E> the element type ({@code Object} on the dynamic path)
 */
public class PyList<E> extends ArrayList<E> implements PyRepr {
    /** Creates an empty list, {@code []}. */
    public PyList() {
    }

    /**
     * Creates a list holding an iterable's items, {@code list(items)}.
     *
     * @param items the items
     */
    public PyList(Iterable<? extends E> items) {
        super(items instanceof Collection<?> c ? c.size() : 10);
        if (items instanceof Collection<? extends E> c) {
            addAll(c);
        } else {
            for (E e : items) {
                add(e);
            }
        }
    }

    /**
     * Creates an empty list with room for {@code capacity} items.
     *
     * @param capacity the initial capacity
     */
    public PyList(int capacity) {
        super(capacity);
    }

    /**
     * A list literal, {@code [a, b, c]}.
     *
     * @param items the items
     * @param <E> the element type
     * @return a new list
     */
    @SafeVarargs
    public static <E> PyList<E> of(E... items) {
        PyList<E> l = new PyList<>(Math.max(items.length, 10));
        Collections.addAll(l, items);
        return l;
    }

    private int index(long i) {
        long j = i < 0 ? i + size() : i;
        if (j < 0 || j >= size()) {
            throw new IndexError("list index out of range");
        }
        return (int) j;
    }

    /**
     * {@code self[i]}.
     *
     * @param i the index, negative from the end
     * @return the item
     * @throws IndexError {@code list index out of range}
     */
    public E getItem(long i) {
        return get(index(i));
    }

    /**
     * {@code self[i] = v}.
     *
     * @param i the index
     * @param v the value
     * @throws IndexError {@code list assignment index out of range}
     */
    public void setItem(long i, E v) {
        long j = i < 0 ? i + size() : i;
        if (j < 0 || j >= size()) {
            throw new IndexError("list assignment index out of range");
        }
        set((int) j, v);
    }

    /**
     * {@code del self[i]}.
     *
     * @param i the index
     * @throws IndexError {@code list assignment index out of range}
     */
    public void delItem(long i) {
        long j = i < 0 ? i + size() : i;
        if (j < 0 || j >= size()) {
            throw new IndexError("list assignment index out of range");
        }
        remove((int) j);
    }

    /**
     * {@code self[start:stop:step]}.
     *
     * @param start the start or null
     * @param stop the stop or null
     * @param step the step or null
     * @return a new list
     */
    public PyList<E> slice(Long start, Long stop, Long step) {
        Slice s = Slice.of(size(), start, stop, step);
        PyList<E> out = new PyList<>(s.length());
        if (s.step() == 1) {
            out.addAll(subList(s.start(), s.start() + s.length()));
        } else {
            for (int k = 0, i = s.start(), by = s.step(), n = s.length(); k < n; k++, i += by) {
                out.add(get(i));
            }
        }
        return out;
    }

    /**
     * {@code self[start:stop:step] = values}.
     *
     * @param start the start or null
     * @param stop the stop or null
     * @param step the step or null
     * @param values the new items
     * @throws ValueError when an extended slice and the values differ in length
     */
    @SuppressWarnings("unchecked")
    public void setSlice(Long start, Long stop, Long step, Iterable<? extends E> values) {
        // a snapshot first when the values may be this list itself (a[:] = a, a[::-1] = a) or a view of it;
        // another Python list cannot share this one's items
        List<E> vals = values instanceof PyList<? extends E> other && other != this
                ? (List<E>) other
                : values instanceof Collection<? extends E> c
                ? (List<E>) Arrays.asList(c.toArray())
                : new PyList<>(values);
        Slice s = Slice.of(size(), start, stop, step);
        if (s.step() == 1) {
            // overwrite the common part in place, then shrink or grow by the difference only
            int from = s.start();
            int width = Math.max(from, s.stop()) - from;
            int common = Math.min(width, vals.size());
            for (int k = 0; k < common; k++) {
                set(from + k, vals.get(k));
            }
            if (width > common) {
                subList(from + common, from + width).clear();
            } else if (vals.size() > common) {
                addAll(from + common, vals.subList(common, vals.size()));
            }
            return;
        }
        if (vals.size() != s.length()) {
            throw new ValueError("attempt to assign sequence of size " + vals.size()
                    + " to extended slice of size " + s.length());
        }
        for (int k = 0; k < s.length(); k++) {
            set(s.index(k), vals.get(k));
        }
    }

    /**
     * {@code del self[start:stop:step]}.
     *
     * @param start the start or null
     * @param stop the stop or null
     * @param step the step or null
     */
    public void delSlice(Long start, Long stop, Long step) {
        Slice s = Slice.of(size(), start, stop, step);
        if (s.step() == 1) {
            subList(s.start(), Math.max(s.start(), s.stop())).clear();
            return;
        }
        boolean[] drop = new boolean[size()];
        for (int k = 0; k < s.length(); k++) {
            drop[s.index(k)] = true;
        }
        int w = 0;
        for (int r = 0; r < size(); r++) {
            if (!drop[r]) {
                set(w++, get(r));
            }
        }
        subList(w, size()).clear();
    }

    /**
     * {@code self.append(v)}.
     *
     * @param v the item
     */
    public void append(E v) {
        add(v);
    }

    /**
     * {@code self.extend(items)}.
     *
     * @param items the items to append
     */
    public void extend(Iterable<? extends E> items) {
        if (items == this) {
            addAll(new ArrayList<>(this));
            return;
        }
        for (E e : items) {
            add(e);
        }
    }

    /**
     * {@code self.insert(i, v)}: out-of-range indices clamp, as in Python.
     *
     * @param i the position
     * @param v the item
     */
    public void insert(long i, E v) {
        long j = i < 0 ? Math.max(0, i + size()) : Math.min(i, size());
        add((int) j, v);
    }

    /**
     * {@code self.pop()}.
     *
     * @return the last item
     * @throws IndexError {@code pop from empty list}
     */
    public E pop() {
        if (isEmpty()) {
            throw new IndexError("pop from empty list");
        }
        return remove(size() - 1);
    }

    /**
     * {@code self.pop(i)}.
     *
     * @param i the index
     * @return the removed item
     * @throws IndexError {@code pop index out of range}
     */
    public E pop(long i) {
        if (isEmpty()) {
            throw new IndexError("pop from empty list");
        }
        long j = i < 0 ? i + size() : i;
        if (j < 0 || j >= size()) {
            throw new IndexError("pop index out of range");
        }
        return remove((int) j);
    }

    /**
     * Python's {@code self.remove(v)}: removes the first item equal to {@code v} by Python's {@code ==}.
     *
     * @param v the value
     * @return always true (Python returns None)
     * @throws ValueError {@code list.remove(x): x not in list}
     */
    @Override
    public boolean remove(Object v) {
        for (int k = 0; k < size(); k++) {
            if (Py.eq(get(k), v)) {
                remove(k);
                return true;
            }
        }
        throw new ValueError("list.remove(x): x not in list");
    }

    /**
     * {@code self.index(v)}.
     *
     * @param v the value
     * @return the first index of an equal item
     * @throws ValueError {@code 3 is not in list}
     */
    public long index(Object v) {
        for (int k = 0; k < size(); k++) {
            if (Py.eq(get(k), v)) {
                return k;
            }
        }
        throw new ValueError(Py.repr(v) + " is not in list");
    }

    /**
     * {@code self.count(v)}.
     *
     * @param v the value
     * @return how many items equal it
     */
    public long count(Object v) {
        long n = 0;
        for (E e : this) {
            if (Py.eq(e, v)) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@code v in self}, by Python's {@code ==}.
     *
     * @param v the value
     * @return whether an item equals it
     */
    @Override
    public boolean contains(Object v) {
        for (E e : this) {
            if (Py.eq(e, v)) {
                return true;
            }
        }
        return false;
    }

    /** {@code self.reverse()}. */
    public void reverse() {
        Collections.reverse(this);
    }

    /**
     * {@code self.copy()}.
     *
     * @return a shallow copy
     */
    public PyList<E> copy() {
        return new PyList<>(this);
    }

    /**
     * {@code self.sort()}: stable, by Python's {@code <}.
     *
     * @throws TypeError for items that cannot be ordered
     */
    public void sort() {
        sort(null, false);
    }

    /**
     * {@code self.sort(key=key, reverse=reverse)}: stable; with {@code reverse}, equal items keep their order,
     * as in CPython (which reverses, sorts, and reverses back).
     *
     * @param key the key function, or {@code null}
     * @param reverse whether to sort in descending order
     * @throws TypeError for keys that cannot be ordered
     */
    public void sort(Function<? super E, ?> key, boolean reverse) {
        if (reverse) {
            Collections.reverse(this);
        }
        if (key == null) {
            if (!sortLongs()) {
                super.sort(Py::compare);
            }
        } else {
            List<Object> keys = new ArrayList<>(size());
            for (E e : this) {
                keys.add(key.apply(e));
            }
            Integer[] order = new Integer[size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            java.util.Arrays.sort(order, Comparator.comparing(keys::get, Py::compare));
            List<E> sorted = new ArrayList<>(size());
            for (Integer k : order) {
                sorted.add(get(k));
            }
            for (int k = 0; k < sorted.size(); k++) {
                set(k, sorted.get(k));
            }
        }
        if (reverse) {
            Collections.reverse(this);
        }
    }

    /**
     * Iterates as CPython's list iterator does: by index, re-reading the length at each step, so a loop that
     * appends or removes while iterating sees what it would see in Python (no ConcurrentModificationException).
     */
    @Override
    public java.util.Iterator<E> iterator() {
        return new java.util.Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < size();
            }

            @Override
            public E next() {
                if (index >= size()) {
                    throw new java.util.NoSuchElementException();
                }
                return get(index++);
            }
        };
    }

    /**
     * Sorts a list made only of {@code Long}s as primitives: equal ints are interchangeable, so stability cannot
     * be observed, and the primitive sort avoids a comparator call per comparison.
     */
    @SuppressWarnings("unchecked")
    private boolean sortLongs() {
        int n = size();
        long[] values = new long[n];
        for (int k = 0; k < n; k++) {
            if (!(get(k) instanceof Long l)) {
                return false;
            }
            values[k] = l;
        }
        java.util.Arrays.sort(values);
        for (int k = 0; k < n; k++) {
            set(k, (E) Long.valueOf(values[k]));
        }
        return true;
    }

    /**
     * {@code self * n}.
     *
     * @param n the count
     * @return a new list repeating the items
     */
    public PyList<E> mul(long n) {
        int size = size();
        if (n <= 0 || size == 0) {
            return new PyList<>();
        }
        if (n * size > Integer.MAX_VALUE - 8) {
            throw new MemoryError();
        }
        // one exactly sized array, filled by doubling copies, instead of n appends that regrow it
        Object[] items = new Object[(int) (n * size)];
        System.arraycopy(toArray(), 0, items, 0, size);
        int filled = size;
        while (filled < items.length) {
            int chunk = Math.min(filled, items.length - filled);
            System.arraycopy(items, 0, items, filled, chunk);
            filled += chunk;
        }
        @SuppressWarnings("unchecked")
        List<E> view = (List<E>) java.util.Arrays.asList(items);
        return new PyList<>(view);
    }

    /**
     * {@code self + other}.
     *
     * @param other the list to concatenate
     * @return a new list
     */
    public PyList<E> concat(List<? extends E> other) {
        PyList<E> out = new PyList<>(size() + other.size());
        out.addAll(this);
        out.addAll(other);
        return out;
    }

    /** Python's {@code ==}: same length and pairwise equal items. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof PyList<?> other) || other.size() != size()) {
            return false;
        }
        for (int k = 0; k < size(); k++) {
            if (!Py.eq(get(k), other.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lists are unhashable.
     *
     * @throws TypeError {@code unhashable type: 'list'}
     */
    @Override
    public int hashCode() {
        throw new TypeError("unhashable type: 'list'");
    }

    @Override
    public String repr() {
        return Py.reprSequence(this, "[", "]", this);
    }

    @Override
    public String toString() {
        return repr();
    }
}
