package io.portalis.pylib;

/**
 * Python's {@code set}: mutable, unhashable, iterating in CPython's order for members with CPython's hashes
 * (see {@link SetTable}), printed as {@code {1, 2, 3}} or {@code set()}.
 *
 * @param <E> the element type
 */
public final class PySet<E> extends PySetBase<E> {
    /** Creates an empty set, {@code set()}. */
    public PySet() {
    }

    /**
     * {@code set(items)}.
     *
     * @param items the members
     * @throws TypeError for an unhashable member
     */
    public PySet(Iterable<? extends E> items) {
        addAll(items);
    }

    /**
     * A set literal {@code {a, b, c}}: members added in order.
     *
     * @param items the members
     * @param <E> the element type
     * @return the set
     */
    @SafeVarargs
    public static <E> PySet<E> of(E... items) {
        PySet<E> s = new PySet<>();
        for (E e : items) {
            s.add(e);
        }
        return s;
    }

    @Override
    PySetBase<E> empty() {
        return new PySet<>();
    }

    /**
     * {@code self.add(x)}.
     *
     * @param x the member
     * @throws TypeError if unhashable
     */
    public void add(E x) {
        table.add(x, Py.hash(x));
    }

    /**
     * {@code self.update(items)}.
     *
     * @param items the members to add
     */
    public void update(Iterable<? extends E> items) {
        addAll(items);
    }

    /**
     * {@code self.discard(x)}.
     *
     * @param x the value to remove if present (a set: the frozenset of its members)
     */
    public void discard(Object x) {
        Object k = lookupKey(x);
        table.discard(k, Py.hash(k));
    }

    /**
     * {@code self.remove(x)}.
     *
     * @param x the value
     * @throws KeyError when absent
     */
    public void remove(Object x) {
        Object k = lookupKey(x);
        if (!table.discard(k, Py.hash(k))) {
            throw new KeyError(x);
        }
    }

    /**
     * {@code self.pop()}.
     *
     * @return an arbitrary member, the one CPython would pop
     * @throws KeyError {@code 'pop from an empty set'}
     */
    @SuppressWarnings("unchecked")
    public E pop() {
        if (table.used == 0) {
            throw new KeyError("pop from an empty set");
        }
        return (E) table.pop();
    }

    /** {@code self.clear()}. */
    public void clear() {
        table.clear();
    }

    /**
     * {@code self.copy()}.
     *
     * @return a shallow copy
     */
    public PySet<E> copy() {
        return new PySet<>(this);
    }

    /**
     * {@code self -= other}.
     *
     * @param other the members to remove
     */
    public void differenceUpdate(Iterable<?> other) {
        for (Object o : other) {
            discard(o);
        }
    }

    /**
     * {@code self &= other}.
     *
     * @param other the set to intersect with
     */
    public void intersectionUpdate(PySetBase<?> other) {
        PySetBase<E> r = intersection(other);
        table.clear();
        table.merge(r.table);
    }

    /**
     * Sets are unhashable.
     *
     * @throws TypeError {@code unhashable type: 'set'}
     */
    @Override
    public int hashCode() {
        throw new TypeError("unhashable type: 'set'");
    }

    @Override
    public String repr() {
        return len() == 0 ? "set()" : reprBody();
    }
}
