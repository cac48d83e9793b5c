package io.portalis.pylib;

/**
 * The hash table behind {@link PySet} and {@link PyFrozenSet}: a re-implementation of CPython's set table
 * (open addressing, linear probes of 9 then perturbed jumps, growth at 60% fill, dummy slots for deletions), so
 * that sets iterate in CPython's order whenever the members' hashes are CPython's: ints, floats, tuples of them,
 * None, bools. Strings hash differently (CPython randomises string hashes per process), so sets of strings
 * iterate in an order of their own, as they do from one CPython run to the next. None, which is Java's null, is
 * stored as {@link #NONE}, since a null slot is an empty one: {@link #key} reads a member back.
 */
final class SetTable {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a slot whose key was deleted: lookups probe past it, insertions may reuse it. */
    static final Object DUMMY = new Object();
    /** Stands for None, Java's null, in a slot. */
    private static final Object NONE = new Object();

    Object[] keys = new Object[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    int mask = MIN_SIZE - 1;
    /** Active plus dummy slots. */
    int fill;
    /** Active slots: the set's size. */
    int used;
    /** Where {@code pop} resumes its scan, as CPython's {@code finger}. */
    int finger;

    SetTable copy() {
        SetTable t = new SetTable();
        t.keys = keys.clone();
        t.hashes = hashes.clone();
        t.mask = mask;
        t.fill = fill;
        t.used = used;
        return t;
    }

    /**
     * The member in an active slot.
     *
     * @param j the slot
     * @return its key, None as null
     */
    Object key(int j) {
        Object k = keys[j];
        return k == NONE ? null : k;
    }

    /** Index of the slot holding a key equal to {@code key}, or -1. */
    int find(Object key, long hash) {
        key = key == null ? NONE : key;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Py.eq(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds a key; returns false if an equal key was present. */
    boolean add(Object key, long hash) {
        key = key == null ? NONE : key;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeSlot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    if (freeSlot >= 0) {
                        keys[freeSlot] = key;
                        hashes[freeSlot] = hash;
                        used++;
                        return true;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if (fill * 5L >= mask * 3L) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY) {
                    // CPython reuses the last dummy slot on the probe path (checked against its iteration order).
                    freeSlot = j;
                } else if (hashes[j] == hash && (k == key || Py.eq(k, key))) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes an equal key; returns false if absent. */
    boolean discard(Object key, long hash) {
        int j = find(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** Removes and returns an arbitrary key, scanning from the finger as CPython does. */
    Object pop() {
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j = (j + 1) & mask;
        }
        Object key = key(j);
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return key;
    }

    void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            Object k = oldKeys[j];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[j]);
            }
        }
    }

    /** Inserts a key known to be absent into a table without dummies. */
    private void insertClean(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (keys[j] == null) {
                        keys[j] = key;
                        hashes[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds every key of another table, as CPython's {@code set_merge} does (copying the layout when it can). */
    void merge(SetTable other) {
        if (other.used == 0) {
            return;
        }
        if ((fill + other.used) * 5L >= mask * 3L) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int j = 0; j <= other.mask; j++) {
                Object k = other.keys[j];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[j]);
                }
            }
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            Object k = other.keys[j];
            if (k != null && k != DUMMY) {
                add(k, other.hashes[j]);
            }
        }
    }

    void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** The active slot after {@code j} (exclusive), or -1. */
    int next(int j) {
        for (int k = j + 1; k <= mask; k++) {
            if (keys[k] != null && keys[k] != DUMMY) {
                return k;
            }
        }
        return -1;
    }
}
