package io.portalis.pylib.stdlib;

import io.portalis.pylib.IndexError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.PySized;
import io.portalis.pylib.RuntimeError;
import io.portalis.pylib.ValueError;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Python's {@code collections.deque}: a ring buffer with O(1) appends and pops at both ends, an optional
 * {@code maxlen} that discards from the opposite end, and CPython's {@code repr}
 * ({@code deque([1, 2], maxlen=3)}).
 *
 * @param <E> the element type
 */
public final class Deque<E> implements PyObject, PySized, Iterable<E> {
    /** A ring whose length is a power of two, so that positions wrap with a mask. */
    private Object[] items = new Object[16];
    private int head;
    private int size;
    private final int maxlen;
    private int modCount;

    /** {@code deque()}. */
    public Deque() {
        this.maxlen = -1;
    }

    /**
     * {@code deque(items, maxlen)}.
     *
     * @param items the initial items
     * @param maxlen the bound, or -1 for none
     * @throws ValueError {@code maxlen must be non-negative}
     */
    public Deque(Iterable<? extends E> items, int maxlen) {
        if (maxlen < -1) {
            throw new ValueError("maxlen must be non-negative");
        }
        this.maxlen = maxlen;
        if (items != null) {
            extend(items);
        }
    }

    /**
     * {@code deque(items)}.
     *
     * @param items the initial items
     */
    public Deque(Iterable<? extends E> items) {
        this(items, -1);
    }

    /**
     * {@code self + other}: a new deque with this deque's bound holding both deques' items.
     *
     * @param other the deque appended
     * @return the concatenation
     */
    public Deque<Object> concat(Deque<?> other) {
        Deque<Object> out = new Deque<>(this, maxlen);
        out.extend(other);
        return out;
    }

    /**
     * {@code self * n}: a new deque with this deque's bound holding its items {@code n} times.
     *
     * @param n the repeat count; zero or less gives an empty deque
     * @return the repetition
     */
    public Deque<Object> repeat(long n) {
        Deque<Object> out = new Deque<>(null, maxlen);
        for (long k = 0; k < n; k++) {
            out.extend(this);
        }
        return out;
    }

    /**
     * {@code d.maxlen}.
     *
     * @return the bound, or {@code null} (None)
     */
    public Long maxlen() {
        return maxlen < 0 ? null : (long) maxlen;
    }

    /**
     * {@code len(d)}.
     *
     * @return the number of items
     */
    @Override
    public int len() {
        return size;
    }

    private void grow() {
        Object[] n = new Object[items.length * 2];
        for (int k = 0; k < size; k++) {
            n[k] = items[(head + k) & (items.length - 1)];
        }
        items = n;
        head = 0;
    }

    /**
     * {@code d.append(x)}; with a full {@code maxlen}, the leftmost item is dropped.
     *
     * @param x the item
     */
    public void append(E x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popleft();
        }
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = x;
        size++;
        modCount++;
    }

    /**
     * {@code d.appendleft(x)}; with a full {@code maxlen}, the rightmost item is dropped.
     *
     * @param x the item
     */
    public void appendleft(E x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            pop();
        }
        if (size == items.length) {
            grow();
        }
        head = (head - 1) & (items.length - 1);
        items[head] = x;
        size++;
        modCount++;
    }

    /**
     * {@code d.pop()}.
     *
     * @return the rightmost item
     * @throws IndexError {@code pop from an empty deque}
     */
    @SuppressWarnings("unchecked")
    public E pop() {
        if (size == 0) {
            throw new IndexError("pop from an empty deque");
        }
        int k = (head + size - 1) & (items.length - 1);
        E x = (E) items[k];
        items[k] = null;
        size--;
        modCount++;
        return x;
    }

    /**
     * {@code d.popleft()}.
     *
     * @return the leftmost item
     * @throws IndexError {@code pop from an empty deque}
     */
    @SuppressWarnings("unchecked")
    public E popleft() {
        if (size == 0) {
            throw new IndexError("pop from an empty deque");
        }
        E x = (E) items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        modCount++;
        return x;
    }

    /**
     * {@code d.extend(xs)}.
     *
     * @param xs the items to append
     */
    public void extend(Iterable<? extends E> xs) {
        for (E x : xs) {
            append(x);
        }
    }

    /**
     * {@code d.extendleft(xs)}: each appended on the left, so their order reverses.
     *
     * @param xs the items
     */
    public void extendleft(Iterable<? extends E> xs) {
        for (E x : xs) {
            appendleft(x);
        }
    }

    /**
     * {@code d.rotate(n)}: right by {@code n} (left when negative).
     *
     * @param n the steps
     */
    public void rotate(long n) {
        if (size <= 1) {
            return;
        }
        long steps = Math.floorMod(n, (long) size);
        for (long k = 0; k < steps; k++) {
            appendleft(pop());
        }
    }

    private int index(long i) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) {
            throw new IndexError("deque index out of range");
        }
        return (int) ((head + j) & (items.length - 1));
    }

    /**
     * {@code d[i]}.
     *
     * @param i the index
     * @return the item
     * @throws IndexError {@code deque index out of range}
     */
    @SuppressWarnings("unchecked")
    public E getItem(long i) {
        return (E) items[index(i)];
    }

    /**
     * {@code d[i] = x}.
     *
     * @param i the index
     * @param x the item
     */
    public void setItem(long i, E x) {
        items[index(i)] = x;
    }

    /**
     * {@code d.insert(i, x)}: as {@code list.insert}, an index beyond either end inserting at that end.
     *
     * @param i the position
     * @param x the item
     * @throws IndexError {@code deque already at its maximum size} for a full bounded deque
     */
    public void insert(long i, E x) {
        if (maxlen >= 0 && size >= maxlen) {
            throw new IndexError("deque already at its maximum size");
        }
        long at = i < 0 ? Math.max(0, i + size) : Math.min(i, size);
        append(x);
        for (long j = size - 1; j > at; j--) {
            setItem(j, getItem(j - 1));
        }
        setItem(at, x);
    }

    /**
     * {@code del d[i]}.
     *
     * @param i the index, negative counting from the end
     * @throws IndexError {@code deque index out of range}
     */
    public void delItem(long i) {
        index(i); // raises for an index out of range
        long at = i < 0 ? i + size : i;
        for (long j = at; j > 0; j--) {
            setItem(j, getItem(j - 1));
        }
        popleft();
    }

    /** {@code d.clear()}. */
    public void clear() {
        items = new Object[16];
        head = 0;
        size = 0;
        modCount++;
    }

    /**
     * {@code d.count(x)}.
     *
     * @param x the value
     * @return how many items equal it
     */
    public long count(Object x) {
        long n = 0;
        for (E e : this) {
            if (Py.eq(e, x)) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@code x in d}.
     *
     * @param x the value
     * @return whether an item equals it
     */
    public boolean contains(Object x) {
        for (E e : this) {
            if (Py.eq(e, x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code d.remove(x)}.
     *
     * @param x the value
     * @throws ValueError {@code 9 is not in deque}
     */
    public void remove(Object x) {
        for (int k = 0; k < size; k++) {
            if (Py.eq(getItem(k), x)) {
                for (int j = k; j > 0; j--) {
                    setItem(j, getItem(j - 1));
                }
                popleft();
                return;
            }
        }
        throw new ValueError(Py.repr(x) + " is not in deque");
    }

    /** {@code d.reverse()}. */
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            E t = getItem(i);
            setItem(i, getItem(j));
            setItem(j, t);
        }
    }

    @Override
    public Iterator<E> iterator() {
        int expected = modCount;
        return new Iterator<>() {
            int k;

            @Override
            public boolean hasNext() {
                if (modCount != expected) {
                    throw new RuntimeError("deque mutated during iteration");
                }
                return k < size;
            }

            @Override
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return getItem(k++);
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Deque<?> d) || d.size != size) {
            return false;
        }
        for (int k = 0; k < size; k++) {
            if (!Py.eq(getItem(k), d.getItem(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        throw new io.portalis.pylib.TypeError("unhashable type: 'collections.deque'");
    }

    @Override
    public String pyTypeName() {
        return "collections.deque";
    }

    @Override
    public boolean truthy() {
        return size != 0;
    }

    @Override
    public String repr() {
        StringBuilder b = new StringBuilder("deque([");
        boolean first = true;
        for (E e : this) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(Py.repr(e));
        }
        b.append(']');
        if (maxlen >= 0) {
            b.append(", maxlen=").append(maxlen);
        }
        return b.append(")").toString();
    }

    @Override
    public String toString() {
        return repr();
    }
}
