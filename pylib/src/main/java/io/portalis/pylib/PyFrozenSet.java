package io.portalis.pylib;

/**
 * Python's {@code frozenset}: an immutable, hashable set with CPython's hash, printed as
 * {@code frozenset({1, 2})} or {@code frozenset()}.
 *
 * @param <E> the element type
 */
public final class PyFrozenSet<E> extends PySetBase<E> {
    /** Creates an empty frozenset. */
    public PyFrozenSet() {
    }

    /**
     * {@code frozenset(items)}.
     *
     * @param items the members
     * @throws TypeError for an unhashable member
     */
    public PyFrozenSet(Iterable<? extends E> items) {
        addAll(items);
    }

    /**
     * {@code frozenset({a, b, c})}.
     *
     * @param items the members
     * @param <E> the element type
     * @return the frozenset
     */
    @SafeVarargs
    public static <E> PyFrozenSet<E> of(E... items) {
        PyFrozenSet<E> s = new PyFrozenSet<>();
        for (E e : items) {
            s.table.add(e, Py.hash(e));
        }
        return s;
    }

    @Override
    PySetBase<E> empty() {
        return new PyFrozenSet<>();
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /**
     * CPython's {@code hash(frozenset)}: independent of order, so equal frozensets hash alike.
     *
     * @return the hash
     */
    public long pyHash() {
        long hash = 0;
        for (int j = 0; j <= table.mask; j++) {
            Object k = table.keys[j];
            if (k != null && k != SetTable.DUMMY) {
                hash ^= shuffle(table.hashes[j]);
            }
        }
        hash ^= (len() + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    @Override
    public String repr() {
        return len() == 0 ? "frozenset()" : "frozenset(" + reprBody() + ")";
    }
}
