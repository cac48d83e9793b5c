package io.portalis.pylib;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * What {@link PySet} and {@link PyFrozenSet} share: membership by Python's hash and equality, iteration in
 * CPython's table order (see {@link SetTable}), comparison as subset/superset, and the non-mutating operations.
 *
 * @param <E> the element type
 */
public abstract sealed class PySetBase<E> implements PyRepr, PySized, Iterable<E> permits PySet, PyFrozenSet {
    final SetTable table = new SetTable();

    PySetBase() {
    }

    void addAll(Iterable<? extends E> items) {
        if (items instanceof PySetBase<?> s) {
            table.merge(s.table);
            return;
        }
        if (items instanceof PyDict<?, ?> d && (table.fill + d.len()) * 5L >= table.mask * 3L) {
            table.resize((table.used + d.len()) * 2);
        }
        for (E e : items) {
            table.add(e, Py.hash(e));
        }
    }

    /**
     * {@code len(self)}.
     *
     * @return the number of members
     */
    @Override
    public int len() {
        return table.used;
    }

    /**
     * Whether the set is empty.
     *
     * @return true for an empty set
     */
    public boolean isEmpty() {
        return table.used == 0;
    }

    /**
     * {@code x in self}.
     *
     * @param x the value
     * @return whether an equal member is present
     * @throws TypeError if {@code x} is unhashable
     */
    public boolean contains(Object x) {
        Object k = lookupKey(x);
        return table.find(k, Py.hash(k)) >= 0;
    }

    /**
     * The key a lookup of {@code x} uses: a set, unhashable, is looked up as the frozenset of its members, as
     * CPython retries {@code in}, {@code discard} and {@code remove} with one.
     *
     * @param x the value looked up
     * @return it, or the frozenset of a set's members
     */
    static Object lookupKey(Object x) {
        return x instanceof PySet<?> s ? new PyFrozenSet<>(s) : x;
    }

    /** Iterates members in CPython's table order; adding or removing members meanwhile raises RuntimeError. */
    @Override
    @SuppressWarnings("unchecked")
    public Iterator<E> iterator() {
        SetTable t = table;
        int size = t.used;
        Object[] keys = t.keys;
        return new Iterator<>() {
            int slot = t.next(-1);

            @Override
            public boolean hasNext() {
                if (t.used != size || t.keys != keys) {
                    throw new RuntimeError("Set changed size during iteration");
                }
                return slot >= 0;
            }

            @Override
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (t.keys[slot] == SetTable.DUMMY) {
                    throw new ConcurrentModificationException();
                }
                Object k = t.key(slot);
                slot = t.next(slot);
                return (E) k;
            }
        };
    }

    /**
     * {@code self <= other}.
     *
     * @param other the other set
     * @return whether every member is in {@code other}
     */
    public boolean issubset(PySetBase<?> other) {
        if (len() > other.len()) {
            return false;
        }
        for (E e : this) {
            if (!other.contains(e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code self >= other}.
     *
     * @param other the other set
     * @return whether every member of {@code other} is here
     */
    public boolean issuperset(PySetBase<?> other) {
        return other.issubset(this);
    }

    /**
     * {@code self.isdisjoint(other)}.
     *
     * @param other the other set
     * @return whether no member is shared
     */
    public boolean isdisjoint(PySetBase<?> other) {
        for (E e : this) {
            if (other.contains(e)) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code ==}: the same members (a set equals a frozenset with the same members). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PySetBase<?> s && s.len() == len() && issubset(s);
    }

    @Override
    public abstract int hashCode();

    abstract PySetBase<E> empty();

    /**
     * {@code self | other}: CPython's order (a copy of self, then other's members).
     *
     * @param other the other set
     * @return the union, of self's type
     */
    public PySetBase<E> union(Iterable<? extends E> other) {
        PySetBase<E> r = empty();
        r.table.merge(table);
        r.addAll(other);
        return r;
    }

    /**
     * {@code self & other}: iterates the smaller set, as CPython does.
     *
     * @param other the other set
     * @return the intersection, of self's type
     */
    @SuppressWarnings("unchecked")
    public PySetBase<E> intersection(PySetBase<?> other) {
        PySetBase<E> r = empty();
        PySetBase<?> small = other.len() > len() ? this : other;
        PySetBase<?> large = small == this ? other : this;
        for (Object e : small) {
            if (large.contains(e)) {
                r.table.add(e, Py.hash(e));
            }
        }
        return r;
    }

    /**
     * {@code self - other}, built as CPython builds it (so it iterates in CPython's order): a copy of self with
     * other's members discarded when self is over four times larger, else self's members not in other.
     *
     * @param other the other set
     * @return the members not in {@code other}, of self's type
     */
    public PySetBase<E> difference(PySetBase<?> other) {
        PySetBase<E> r = empty();
        if ((len() >> 2) > other.len()) {
            r.table.merge(table);
            for (Object o : other) {
                r.table.discard(o, Py.hash(o));
            }
            return r;
        }
        for (int j = table.next(-1); j >= 0; j = table.next(j)) {
            Object k = table.key(j);
            if (!other.contains(k)) {
                r.table.add(k, table.hashes[j]);
            }
        }
        return r;
    }

    /**
     * {@code self ^ other}, built as CPython builds it: a copy of other, then each member of self removed if
     * present or added if not.
     *
     * @param other the other set
     * @return the members in exactly one, of self's type
     */
    public PySetBase<E> symmetricDifference(PySetBase<? extends E> other) {
        PySetBase<E> r = empty();
        r.table.merge(other.table);
        for (int j = table.next(-1); j >= 0; j = table.next(j)) {
            Object k = table.key(j);
            if (!r.table.discard(k, table.hashes[j])) {
                r.table.add(k, table.hashes[j]);
            }
        }
        return r;
    }

    String reprBody() {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (E e : this) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(Py.repr(e));
        }
        return b.append('}').toString();
    }

    @Override
    public String toString() {
        return repr();
    }
}
