package io.portalis.pylib;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Python's {@code dict}: insertion-ordered, with Python's key equality, so {@code 1}, {@code 1.0} and
 * {@code True} are the same key (the first one inserted is kept, as in CPython), and CPython's {@code repr}.
 *
 * <p>Keys are stored under a canonical form: an integral float or a bool becomes the equal int; {@link PyTuple}
 * and the other pylib values already compare and hash by Python's rules. Strings and ints, the common keys, are
 * stored as they are. Keys of translated classes use their Java {@code equals}/{@code hashCode}, which the
 * translator derives from {@code __eq__}/{@code __hash__}.
 *
 * <p>The layout is CPython's compact dict: the items sit in insertion order in parallel arrays of keys, values and
 * hashes, and a separate open-addressing table of item numbers finds a key. A dict of up to sixteen items has no
 * table: comparing its few hashes in order costs less than making one. A dict thus costs a few arrays rather than
 * an object per item, iterating it reads arrays in order, and a removed item leaves a gap that the next growth
 * closes. As in CPython, iterating while the dict changes size raises {@code RuntimeError: dictionary changed size
 * during iteration}.
 *
 * @param <K> the key type ({@code Object} on the dynamic path)
 * @param <V> the value type
 */
public class PyDict<K, V> implements PyRepr, PySized, Iterable<K> {
    /** The key of a removed item, until growth closes the gap. */
    private static final Object REMOVED = new Object();
    private static final Object[] NO_ITEMS = {};
    private static final int[] NO_INTS = {};
    /** Spreads hash codes over the table (Fibonacci hashing): nearby ints and similar strings land apart. */
    private static final int SPREAD = 0x9E3779B9;
    /** Up to this many items, a dict finds a key by comparing hashes in order, without a table. */
    private static final int SMALL = 16;
    /** A table slot that no item ever used; a search stops there. */
    private static final int EMPTY = 0;
    /** A table slot whose item was removed; a search goes on past it. */
    private static final int DUMMY = -1;

    /** The canonical keys in insertion order, {@link #REMOVED} for a removed item; {@link #used} are in use. */
    private Object[] keys = NO_ITEMS;
    private Object[] values = NO_ITEMS;
    /** The hash code of each key. */
    private int[] hashes = NO_INTS;
    /** Open addressing over the items: {@link #EMPTY}, {@link #DUMMY} or an item's index plus one. */
    private int[] table = NO_INTS;
    /** {@code 32 - log2(table.length)}: the shift that takes a spread hash to a slot. */
    private int shift;
    /** The items written, removed ones included. */
    private int used;
    /** The items present. */
    private int size;
    /** No item before this index is present, so that taking items from the front stays cheap. */
    private int start;
    /** Counts the times the items moved to other indexes, which iterators cannot follow. */
    private int rebuilds;
    /**
     * The key as first inserted, for the few keys whose canonical form differs from it (True, 1.0); null until
     * there is one, since most dicts never hold such a key and many small dicts are made.
     */
    private HashMap<Object, Object> originals;

    /** Creates an empty dict, {@code {}}. */
    public PyDict() {
    }

    /**
     * Creates an empty dict that holds {@code expected} items without growing, for a dict whose size is known
     * before it is filled (a decoded JSON object, a copy).
     *
     * @param expected the number of items it will hold; zero or less for none
     */
    public PyDict(int expected) {
        if (expected > 0) {
            allocate(expected);
        }
    }

    /**
     * Creates a copy of a dict, {@code dict(other)}.
     *
     * @param other the dict to copy
     */
    public PyDict(PyDict<? extends K, ? extends V> other) {
        this(other.size);
        for (int k = other.start; k < other.used; k++) {
            if (other.keys[k] != REMOVED) {
                append(other.keys[k], other.hashes[k], other.values[k]);
            }
        }
        if (other.originals != null) {
            originals = new HashMap<>(other.originals);
        }
    }

    /**
     * A dict literal from alternating keys and values: {@code PyDict.of("a", 1L, "b", 2L)}.
     *
     * @param keysAndValues key, value, key, value, …
     * @param <K> the key type
     * @param <V> the value type
     * @return the dict
     * @throws IllegalArgumentException for an odd number of arguments
     */
    @SuppressWarnings("unchecked")
    public static <K, V> PyDict<K, V> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("PyDict.of takes keys and values in pairs");
        }
        PyDict<K, V> d = new PyDict<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            d.setItem((K) keysAndValues[k], (V) keysAndValues[k + 1]);
        }
        return d;
    }

    /**
     * {@code dict(pairs)}: from an iterable of two-item sequences.
     *
     * @param pairs the pairs
     * @return the dict
     * @throws ValueError for an element that is not a pair, with CPython's message
     */
    public static PyDict<Object, Object> fromPairs(Iterable<?> pairs) {
        PyDict<Object, Object> d = new PyDict<>();
        d.updatePairs(pairs);
        return d;
    }

    /**
     * {@code dict.fromkeys(keys, value)}.
     *
     * @param keys the keys
     * @param value the value of every key
     * @param <K> the key type
     * @param <V> the value type
     * @return the dict
     */
    public static <K, V> PyDict<K, V> fromkeys(Iterable<? extends K> keys, V value) {
        PyDict<K, V> d = new PyDict<>();
        for (K k : keys) {
            d.setItem(k, value);
        }
        return d;
    }

    /** The canonical form under which a key is stored. */
    static Object canonical(Object key) {
        if (key instanceof String || key instanceof Long) {
            return key;
        }
        if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (key instanceof Double d && Floats.isInteger(d)) {
            return Floats.toInt(d);
        }
        if (key instanceof PyComplex c && c.imag() == 0) {
            return canonical(c.real());
        }
        if (key instanceof BigInteger b) {
            return Ints.normalize(b);
        }
        if (key instanceof PyList || key instanceof PyDict || key instanceof PySet) {
            throw new TypeError("unhashable type: '" + Py.typeName(key) + "'");
        }
        return key;
    }

    /** Drops the original form of a removed key. */
    private void forget(Object canonicalKey) {
        if (originals != null) {
            originals.remove(canonicalKey);
        }
    }

    @SuppressWarnings("unchecked")
    private K original(Object canonicalKey) {
        if (originals == null || originals.isEmpty()) {
            return (K) canonicalKey;
        }
        Object o = originals.get(canonicalKey);
        return (K) (o != null ? o : canonicalKey);
    }

    private static int hash(Object canonicalKey) {
        return canonicalKey == null ? 0 : canonicalKey.hashCode();
    }

    /** Empty arrays for {@code capacity} items, and beyond {@link #SMALL} a table at most half full with them. */
    private void allocate(int capacity) {
        keys = new Object[capacity];
        values = new Object[capacity];
        hashes = new int[capacity];
        if (capacity <= SMALL) {
            table = NO_INTS;
        } else {
            int slots = Integer.highestOneBit(capacity * 2 - 1) << 1;
            table = new int[slots];
            shift = 32 - Integer.numberOfTrailingZeros(slots);
        }
        used = 0;
        start = 0;
    }

    /**
     * Whether a stored key equals a looked-up one, asked of the stored key first, as CPython does, so that a key of
     * the program's own class has its {@code __eq__} called whichever side it is on (a built-in stored key does not
     * know the looked-up object, and Python then asks that object). NaN equals only itself, and the mark of a
     * removed item equals nothing, without asking the looked-up key.
     */
    private static boolean sameKey(Object stored, Object c) {
        if (stored == null || stored == REMOVED || c == null || isNan(c)) {
            return false;
        }
        return stored.equals(c) || c instanceof PyObject && !(stored instanceof PyObject) && c.equals(stored);
    }

    /** The index of the item of a key, or -1. */
    private int indexOf(Object c, int h) {
        if (size == 0) {
            return -1;
        }
        int[] t = table;
        Object[] ks = keys;
        int[] hs = hashes;
        if (t.length == 0) {
            // a removed item keeps its hash, but its key equals nothing
            for (int k = start, end = used; k < end; k++) {
                if (hs[k] == h) {
                    Object stored = ks[k];
                    if (stored == c || sameKey(stored, c)) {
                        return k;
                    }
                }
            }
            return -1;
        }
        int mask = t.length - 1;
        for (int i = (h * SPREAD) >>> shift; ; i = (i + 1) & mask) {
            int e = t[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e != DUMMY) {
                Object stored = ks[e - 1];
                if (stored == c || hs[e - 1] == h && sameKey(stored, c)) {
                    return e - 1;
                }
            }
        }
    }

    /**
     * The index of the item of an int key, or -1. A stored int equals the key when their values do; a stored key
     * of another kind with the same hash (a float that is not integral, an object of the program's own) is left
     * to the general search, so that its equality is decided as for any key.
     */
    private int indexOf(long key) {
        if (size == 0) {
            return -1;
        }
        int h = Long.hashCode(key);
        int[] t = table;
        Object[] ks = keys;
        int[] hs = hashes;
        if (t.length == 0) {
            for (int k = start, end = used; k < end; k++) {
                if (hs[k] == h) {
                    Object stored = ks[k];
                    if (stored instanceof Long x) {
                        if (x == key) {
                            return k;
                        }
                    } else if (stored != REMOVED) {
                        return indexOf(Long.valueOf(key), h);
                    }
                }
            }
            return -1;
        }
        int mask = t.length - 1;
        for (int i = (h * SPREAD) >>> shift; ; i = (i + 1) & mask) {
            int e = t[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e != DUMMY && hs[e - 1] == h) {
                if (!(ks[e - 1] instanceof Long x)) {
                    return indexOf(Long.valueOf(key), h);
                }
                if (x == key) {
                    return e - 1;
                }
            }
        }
    }

    /**
     * Whether a key is a NaN, which {@link Double#equals} finds equal to any NaN: as in CPython, where NaN equals
     * nothing, two NaN objects are two keys, and only the very same object finds its item.
     */
    private static boolean isNan(Object c) {
        return c instanceof Double d && Double.isNaN(d);
    }

    /** Adds an item whose key is not present. */
    private void append(Object c, int h, Object v) {
        if (used == keys.length) {
            rebuild(Math.max(8, size * 2), -1);
        }
        int k = used++;
        keys[k] = c;
        values[k] = v;
        hashes[k] = h;
        if (table.length > 0) {
            place(h, k);
        }
        size++;
    }

    /** Points the first free slot of a hash's probe sequence at item {@code k}. */
    private void place(int h, int k) {
        int mask = table.length - 1;
        int i = (h * SPREAD) >>> shift;
        while (table[i] > 0) {
            i = (i + 1) & mask;
        }
        table[i] = k + 1;
    }

    /**
     * Moves the present items to new arrays of {@code capacity}, closing the gaps of removed ones, with item
     * {@code front} (or none when -1) first.
     */
    private void rebuild(int capacity, int front) {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        int oldStart = start;
        int oldUsed = used;
        allocate(capacity);
        rebuilds++;
        int n = 0;
        if (front >= 0) {
            keys[0] = oldKeys[front];
            values[0] = oldValues[front];
            hashes[0] = oldHashes[front];
            n = 1;
        }
        for (int k = oldStart; k < oldUsed; k++) {
            if (oldKeys[k] != REMOVED && k != front) {
                keys[n] = oldKeys[k];
                values[n] = oldValues[k];
                hashes[n] = oldHashes[k];
                n++;
            }
        }
        used = n;
        if (table.length > 0) {
            for (int k = 0; k < n; k++) {
                place(hashes[k], k);
            }
        }
    }

    /** Removes item {@code k}; returns its value. */
    private Object removeAt(int k) {
        int[] t = table;
        if (t.length > 0) {
            int mask = t.length - 1;
            int i = (hashes[k] * SPREAD) >>> shift;
            while (t[i] != k + 1) {
                i = (i + 1) & mask;
            }
            t[i] = DUMMY;
        }
        Object v = values[k];
        keys[k] = REMOVED;
        values[k] = null;
        size--;
        while (start < used && keys[start] == REMOVED) {
            start++;
        }
        while (used > start && keys[used - 1] == REMOVED) {
            used--;
        }
        return v;
    }

    /** The present item nearest the front or the back, or -1 when empty. */
    private int endIndex(boolean last) {
        if (size == 0) {
            return -1;
        }
        int k = last ? used - 1 : start;
        while (keys[k] == REMOVED) {
            k += last ? -1 : 1;
        }
        return k;
    }

    /**
     * {@code len(self)}.
     *
     * @return the number of items
     */
    @Override
    public int len() {
        return size;
    }

    /**
     * Whether the dict is empty.
     *
     * @return true for {@code {}}
     */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * {@code key in self}.
     *
     * @param key the key
     * @return whether it is present
     */
    public boolean contains(Object key) {
        Object c = canonical(key);
        return indexOf(c, hash(c)) >= 0;
    }

    /**
     * {@code self[key]}.
     *
     * @param key the key
     * @return its value
     * @throws KeyError with the key, when absent
     */
    @SuppressWarnings("unchecked")
    public V getItem(Object key) {
        Object c = canonical(key);
        int k = indexOf(c, hash(c));
        return k < 0 ? missing(key) : (V) values[k];
    }

    /**
     * {@code self[key]} for an int key held as a {@code long}: the same as {@link #getItem(Object)} with the key
     * boxed, without boxing it or finding its canonical form (an int is its own).
     *
     * @param key the key
     * @return its value
     * @throws KeyError with the key, when absent (or what {@link #missing} does)
     */
    @SuppressWarnings("unchecked")
    public V getItem(long key) {
        int k = indexOf(key);
        return k < 0 ? missing(key) : (V) values[k];
    }

    /**
     * Python's {@code __missing__}: what {@code self[key]} does for an absent key. A dict raises
     * {@link KeyError}; {@code defaultdict} and {@code Counter} override it.
     *
     * @param key the missing key
     * @return the value {@code self[key]} evaluates to
     * @throws KeyError for a plain dict
     */
    protected V missing(Object key) {
        throw new KeyError(key);
    }

    /**
     * Moves a present key to either end of the order, as {@code OrderedDict.move_to_end} does.
     *
     * @param key the key
     * @param last whether to move it to the end (else to the front)
     * @throws KeyError when absent
     */
    protected void moveToEnd(Object key, boolean last) {
        Object c = canonical(key);
        int h = hash(c);
        int k = indexOf(c, h);
        if (k < 0) {
            throw new KeyError(key);
        }
        if (last) {
            if (k != endIndex(true)) {
                Object v = removeAt(k);
                append(c, h, v);
            }
        } else if (k != start) {
            rebuild(Math.max(8, size * 2), k);
        }
    }

    /**
     * Removes and returns the first or last pair, as {@code OrderedDict.popitem(last)} does.
     *
     * @param last whether to take the last pair (else the first)
     * @return (key, value)
     * @throws KeyError {@code 'dictionary is empty'}
     */
    protected PyTuple popEnd(boolean last) {
        if (size == 0) {
            throw new KeyError("dictionary is empty");
        }
        return takeItem(endIndex(last));
    }

    private PyTuple takeItem(int k) {
        Object c = keys[k];
        K original = original(c);
        Object v = removeAt(k);
        forget(c);
        return PyTuple.of(original, v);
    }

    /**
     * {@code self.get(key)}.
     *
     * @param key the key
     * @return its value, or {@code null} (None) when absent
     */
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Object c = canonical(key);
        int k = indexOf(c, hash(c));
        return k < 0 ? null : (V) values[k];
    }

    /**
     * {@code self.get(key, default)}.
     *
     * @param key the key
     * @param dflt the default
     * @return the value or the default
     */
    @SuppressWarnings("unchecked")
    public V get(Object key, V dflt) {
        Object c = canonical(key);
        int k = indexOf(c, hash(c));
        return k < 0 ? dflt : (V) values[k];
    }

    /**
     * {@code self[key] = self.get(key, dflt) + d} in one search, for a str or int key and an int value, when the
     * sum fits: no Python code can run then (str and int hash and compare without calling any), so the two
     * searches CPython makes find the same item.
     *
     * @param key the key
     * @param dflt the value when the key is absent
     * @param d the int added
     * @return false, having changed nothing, when the key is not a str or an int, the value found (or the default)
     *     is not an int held as a {@code long}, or the sum does not fit: the caller then runs Python's operation
     */
    public boolean addToLong(Object key, Object dflt, long d) {
        if (!(key instanceof String || key instanceof Long)) {
            return false;
        }
        int h = key.hashCode();
        int k = indexOf(key, h);
        if (!((k >= 0 ? values[k] : dflt) instanceof Long x)) {
            return false;
        }
        long r = x + d;
        if (((x ^ r) & (d ^ r)) < 0) {
            return false;
        }
        if (k >= 0) {
            values[k] = r;
        } else {
            append(key, h, r);
        }
        return true;
    }

    /**
     * {@code self[key] += d} in one search, for a str or int key present with an int value, when the sum fits.
     *
     * @param key the key
     * @param d the int added
     * @return false, having changed nothing, when the key is not a str or an int, is absent, its value is not an
     *     int held as a {@code long}, or the sum does not fit: the caller then runs Python's operation
     */
    public boolean addToLong(Object key, long d) {
        if (!(key instanceof String || key instanceof Long)) {
            return false;
        }
        int k = indexOf(key, key.hashCode());
        if (k < 0 || !(values[k] instanceof Long x)) {
            return false;
        }
        long r = x + d;
        if (((x ^ r) & (d ^ r)) < 0) {
            return false;
        }
        values[k] = r;
        return true;
    }

    /**
     * {@code self[key] = value}; an existing equal key keeps its original form and position.
     *
     * @param key the key
     * @param value the value
     */
    public void setItem(K key, V value) {
        Object c = canonical(key);
        int h = hash(c);
        int k = indexOf(c, h);
        if (k >= 0) {
            values[k] = value;
            return;
        }
        if (c != key && !(c.equals(key) && c.getClass() == key.getClass())) {
            if (originals == null) {
                originals = new HashMap<>();
            }
            originals.put(c, key);
        }
        append(c, h, value);
    }

    /**
     * {@code del self[key]}.
     *
     * @param key the key
     * @throws KeyError when absent
     */
    public void delItem(Object key) {
        Object c = canonical(key);
        int k = indexOf(c, hash(c));
        if (k < 0) {
            throw new KeyError(key);
        }
        removeAt(k);
        forget(c);
    }

    /**
     * {@code self.pop(key)}.
     *
     * @param key the key
     * @return its value
     * @throws KeyError when absent
     */
    @SuppressWarnings("unchecked")
    public V pop(Object key) {
        Object c = canonical(key);
        int k = indexOf(c, hash(c));
        if (k < 0) {
            throw new KeyError(key);
        }
        forget(c);
        return (V) removeAt(k);
    }

    /**
     * {@code self.pop(key, default)}.
     *
     * @param key the key
     * @param dflt the default
     * @return the value or the default
     */
    @SuppressWarnings("unchecked")
    public V pop(Object key, V dflt) {
        Object c = canonical(key);
        int k = indexOf(c, hash(c));
        if (k < 0) {
            return dflt;
        }
        forget(c);
        return (V) removeAt(k);
    }

    /**
     * {@code self.popitem()}: the last inserted pair.
     *
     * @return (key, value)
     * @throws KeyError {@code 'popitem(): dictionary is empty'}
     */
    public PyTuple popitem() {
        if (size == 0) {
            throw new KeyError("popitem(): dictionary is empty");
        }
        return takeItem(endIndex(true));
    }

    /**
     * {@code self.setdefault(key, default)}.
     *
     * @param key the key
     * @param dflt the value to insert when absent
     * @return the value now stored
     */
    @SuppressWarnings("unchecked")
    public V setdefault(K key, V dflt) {
        Object c = canonical(key);
        int k = indexOf(c, hash(c));
        if (k >= 0) {
            return (V) values[k];
        }
        setItem(key, dflt);
        return dflt;
    }

    /**
     * {@code self.update(other)}.
     *
     * @param other the dict whose items to copy in
     */
    public void update(PyDict<? extends K, ? extends V> other) {
        for (Map.Entry<? extends K, ? extends V> e : other.entries()) {
            setItem(e.getKey(), e.getValue());
        }
    }

    /**
     * {@code self.update(pairs)}: from an iterable of two-item sequences.
     *
     * @param pairs the pairs
     * @throws ValueError {@code dictionary update sequence element #0 has length 3; 2 is required}
     */
    @SuppressWarnings("unchecked")
    public void updatePairs(Iterable<?> pairs) {
        int k = 0;
        for (Object p : Py.iterable(pairs)) {
            Iterable<Object> pair;
            try {
                pair = Py.iterable(p);
            } catch (TypeError e) {
                throw new TypeError("cannot convert dictionary update sequence element #" + k + " to a sequence");
            }
            PyList<Object> items = new PyList<>(pair);
            if (items.size() != 2) {
                throw new ValueError("dictionary update sequence element #" + k + " has length " + items.size()
                        + "; 2 is required");
            }
            setItem((K) items.get(0), (V) items.get(1));
            k++;
        }
    }

    /** {@code self.clear()}. */
    public void clear() {
        keys = NO_ITEMS;
        values = NO_ITEMS;
        hashes = NO_INTS;
        table = NO_INTS;
        used = 0;
        size = 0;
        start = 0;
        rebuilds++;
        originals = null;
    }

    /**
     * {@code self.copy()}.
     *
     * @return a shallow copy
     */
    public PyDict<K, V> copy() {
        return new PyDict<>(this);
    }

    /**
     * {@code self | other}.
     *
     * @param other the dict whose items win
     * @return the merged dict
     */
    public PyDict<K, V> merge(PyDict<? extends K, ? extends V> other) {
        PyDict<K, V> d = copy();
        d.update(other);
        return d;
    }

    /**
     * Walks the items in insertion order, checking for changes as CPython's dict iterator does: a change of size
     * raises {@code dictionary changed size during iteration}; finding more items than there were at the start
     * (some removed and others added), or items moved by growth, raises {@code dictionary keys changed during
     * iteration}.
     *
     * @param <T> what each step yields
     */
    private abstract class Cursor<T> implements Iterator<T> {
        private int next = start;
        private final int expectedSize = size;
        private final int expectedRebuilds = rebuilds;
        private int remaining = size;

        /** The item at an index, as this iteration yields it. */
        abstract T at(int k);

        private boolean changed() {
            return size != expectedSize || rebuilds != expectedRebuilds;
        }

        @Override
        public boolean hasNext() {
            if (changed()) {
                // next() reports the change, as CPython's next step would
                return true;
            }
            while (next < used && keys[next] == REMOVED) {
                next++;
            }
            return next < used;
        }

        @Override
        public T next() {
            if (size != expectedSize) {
                throw changedSize();
            }
            if (rebuilds != expectedRebuilds) {
                throw keysChanged();
            }
            while (next < used && keys[next] == REMOVED) {
                next++;
            }
            if (next >= used) {
                throw new NoSuchElementException();
            }
            if (remaining == 0) {
                throw keysChanged();
            }
            remaining--;
            return at(next++);
        }
    }

    /**
     * Iterates the keys in insertion order, as {@code for k in d} does; adding or removing keys meanwhile raises
     * {@code RuntimeError: dictionary changed size during iteration}, as in CPython.
     */
    @Override
    public Iterator<K> iterator() {
        return new Cursor<>() {
            @Override
            K at(int k) {
                return original(keys[k]);
            }
        };
    }

    private static RuntimeError changedSize() {
        return new RuntimeError("dictionary changed size during iteration");
    }

    private static RuntimeError keysChanged() {
        return new RuntimeError("dictionary keys changed during iteration");
    }

    /**
     * Calls {@code action} with each key and value in insertion order, without an entry or a tuple per item.
     *
     * @param action called once per item
     * @throws RuntimeError {@code dictionary changed size during iteration}, when {@code action} adds or removes
     *     keys
     */
    @SuppressWarnings("unchecked")
    public void forEachItem(java.util.function.BiConsumer<? super K, ? super V> action) {
        int expectedSize = size;
        int expectedRebuilds = rebuilds;
        int remaining = size;
        for (int k = start; k < used; k++) {
            Object c = keys[k];
            if (c == REMOVED) {
                continue;
            }
            if (remaining-- == 0) {
                throw keysChanged();
            }
            action.accept(original(c), (V) values[k]);
            if (size != expectedSize) {
                throw changedSize();
            }
            if (rebuilds != expectedRebuilds) {
                throw keysChanged();
            }
        }
    }

    /**
     * The items as Java map entries, for typed loops over {@code d.items()} that need no tuple per item.
     *
     * @return an iterable over (key, value) entries in insertion order
     */
    public Iterable<Map.Entry<K, V>> entries() {
        return () -> new Cursor<>() {
            @Override
            @SuppressWarnings("unchecked")
            Map.Entry<K, V> at(int k) {
                return new java.util.AbstractMap.SimpleImmutableEntry<>(original(keys[k]), (V) values[k]);
            }
        };
    }

    /**
     * {@code self.keys()}.
     *
     * @return a live view printing as {@code dict_keys([...])}
     */
    public View<K> keys() {
        return new View<>("dict_keys", this::iterator, this);
    }

    /**
     * {@code self.values()}.
     *
     * @return a live view printing as {@code dict_values([...])}
     */
    public View<V> values() {
        return new View<>("dict_values", () -> new Cursor<>() {
            @Override
            @SuppressWarnings("unchecked")
            V at(int k) {
                return (V) values[k];
            }
        }, this);
    }

    /**
     * {@code self.items()}.
     *
     * @return a live view of (key, value) tuples printing as {@code dict_items([...])}
     */
    public View<PyTuple> items() {
        return new View<>("dict_items", () -> new Cursor<>() {
            @Override
            PyTuple at(int k) {
                return PyTuple.of(original(keys[k]), values[k]);
            }
        }, this);
    }

    /**
     * Computes a value for an absent key and stores it, as {@code defaultdict} does.
     *
     * @param key the key
     * @param factory makes the value
     * @return the value stored for the key
     */
    @SuppressWarnings("unchecked")
    public V computeIfAbsent(K key, Function<? super K, ? extends V> factory) {
        Object c = canonical(key);
        int k = indexOf(c, hash(c));
        if (k >= 0) {
            return (V) values[k];
        }
        V v = factory.apply(key);
        setItem(key, v);
        return v;
    }

    /** Python's {@code ==}: the same keys, with equal values. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof PyDict<?, ?> d) || d.size != size) {
            return false;
        }
        for (int k = start; k < used; k++) {
            Object c = keys[k];
            if (c == REMOVED) {
                continue;
            }
            int j = d.indexOf(c, hashes[k]);
            if (j < 0 || !Py.eq(values[k], d.values[j])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Dicts are unhashable.
     *
     * @throws TypeError {@code unhashable type: 'dict'}
     */
    @Override
    public int hashCode() {
        throw new TypeError("unhashable type: 'dict'");
    }

    /**
     * The Python type name for messages; {@code defaultdict}, {@code Counter} and {@code OrderedDict} override it.
     *
     * @return {@code "dict"}
     */
    public String pyTypeName() {
        return "dict";
    }

    @Override
    public String repr() {
        if (size == 0) {
            return "{}";
        }
        if (!Py.reprEnter(this)) {
            return "{...}";
        }
        try {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (int k = start; k < used; k++) {
                if (keys[k] == REMOVED) {
                    continue;
                }
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Py.repr(original(keys[k]))).append(": ").append(Py.repr(values[k]));
            }
            return b.append('}').toString();
        } finally {
            Py.reprExit(this);
        }
    }

    @Override
    public String toString() {
        return repr();
    }

    /**
     * A live view of a dict's keys, values or items: iterable, sized, and printed as CPython prints it.
     *
     * @param <T> the element type
     */
    public static final class View<T> implements Iterable<T>, PyRepr, PySized {
        private final String name;
        private final Iterable<T> source;
        private final PyDict<?, ?> dict;

        View(String name, Iterable<T> source, PyDict<?, ?> dict) {
            this.name = name;
            this.source = source;
            this.dict = dict;
        }

        @Override
        public Iterator<T> iterator() {
            return source.iterator();
        }

        /**
         * {@code len(view)}.
         *
         * @return the dict's size
         */
        @Override
        public int len() {
            return dict.len();
        }

        /**
         * {@code x in view}.
         *
         * @param x the value
         * @return whether the view holds it
         */
        public boolean contains(Object x) {
            if (name.equals("dict_keys")) {
                return dict.contains(x);
            }
            for (T t : this) {
                if (Py.eq(t, x)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The Python type name.
         *
         * @return {@code dict_keys}, {@code dict_values} or {@code dict_items}
         */
        public String pyTypeName() {
            return name;
        }

        @Override
        public String repr() {
            return name + "(" + Py.repr(new PyList<>(this)) + ")";
        }

        /** Whether this is a keys or items view, which compares as a set does (values views do not). */
        boolean setLike() {
            return !name.equals("dict_values");
        }

        /** Python's {@code ==}: a keys or items view equals a set or set-like view with the same elements. */
        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!setLike() || !(o instanceof PySetBase<?> || o instanceof View<?> v && v.setLike())) {
                return false;
            }
            return new PySet<Object>(this).equals(o instanceof View<?> v ? new PySet<Object>(v) : o);
        }

        /** Views are unhashable, as in Python. */
        @Override
        public int hashCode() {
            throw new TypeError("unhashable type: '" + name + "'");
        }

        @Override
        public String toString() {
            return repr();
        }
    }

    /**
     * A dict of str keys from alternating keys and values, such as a decoded JSON object's, in one pass: a later
     * item whose key equals an earlier one's replaces its value and keeps its place, as {@code setItem} would.
     *
     * @param items key, value, key, value, … from {@code from} on; each key a {@code String}
     * @param from the index of the first key
     * @param pairs the number of items
     * @return the dict
     * @throws ClassCastException for a key that is not a {@code String}
     */
    public static PyDict<Object, Object> ofStrItems(Object[] items, int from, int pairs) {
        PyDict<Object, Object> d = new PyDict<>(pairs);
        Object[] ks = d.keys;
        int[] hs = d.hashes;
        for (int k = from, end = from + 2 * pairs; k < end; k += 2) {
            String key = (String) items[k];
            int h = key.hashCode();
            int at = -1;
            if (d.table.length == 0) {
                for (int j = 0, used = d.used; j < used; j++) {
                    if (hs[j] == h && (ks[j] == key || key.equals(ks[j]))) {
                        at = j;
                        break;
                    }
                }
            } else {
                at = d.indexOf(key, h);
            }
            if (at >= 0) {
                d.values[at] = items[k + 1];
            } else {
                d.append(key, h, items[k + 1]);
            }
        }
        return d;
    }
}
