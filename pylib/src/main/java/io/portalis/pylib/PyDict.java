package io.portalis.pylib;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Python's {@code dict}: insertion-ordered, with Python's key equality, so {@code 1}, {@code 1.0} and
 * {@code True} are the same key (the first one inserted is kept, as in CPython), and CPython's {@code repr}.
 *
 * <p>Keys are stored in a {@link LinkedHashMap} under a canonical form: an integral float or a bool becomes the
 * equal int; {@link PyTuple} and the other pylib values already compare and hash by Python's rules. Strings and
 * ints, the common keys, are stored as they are, so lookups cost what a {@code LinkedHashMap}'s cost. Keys of
 * translated classes use their Java {@code equals}/{@code hashCode}, which the translator derives from
 * {@code __eq__}/{@code __hash__}.
 *
 * @param <K> the key type ({@code Object} on the dynamic path)
 * @param <V> the value type
 */
public class PyDict<K, V> implements PyRepr, PySized, Iterable<K> {
    private final LinkedHashMap<Object, V> map;
    /**
     * The key as first inserted, for the few keys whose canonical form differs from it (True, 1.0); null until
     * there is one, since most dicts never hold such a key and many small dicts are made.
     */
    private HashMap<Object, Object> originals;

    /** Creates an empty dict, {@code {}}. */
    public PyDict() {
        map = new LinkedHashMap<>();
    }

    /**
     * Creates an empty dict that holds {@code expected} items without growing, for a dict whose size is known
     * before it is filled (a decoded JSON object, a copy).
     *
     * @param expected the number of items it will hold; zero or less for none
     */
    public PyDict(int expected) {
        map = LinkedHashMap.newLinkedHashMap(Math.max(0, expected));
    }

    /**
     * Creates a copy of a dict, {@code dict(other)}.
     *
     * @param other the dict to copy
     */
    public PyDict(PyDict<? extends K, ? extends V> other) {
        map = new LinkedHashMap<>(other.map);
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

    /**
     * {@code len(self)}.
     *
     * @return the number of items
     */
    @Override
    public int len() {
        return map.size();
    }

    /**
     * Whether the dict is empty.
     *
     * @return true for {@code {}}
     */
    public boolean isEmpty() {
        return map.isEmpty();
    }

    /**
     * {@code key in self}.
     *
     * @param key the key
     * @return whether it is present
     */
    public boolean contains(Object key) {
        return map.containsKey(canonical(key));
    }

    /**
     * {@code self[key]}.
     *
     * @param key the key
     * @return its value
     * @throws KeyError with the key, when absent
     */
    public V getItem(Object key) {
        Object c = canonical(key);
        V v = map.get(c);
        if (v == null && !map.containsKey(c)) {
            return missing(key);
        }
        return v;
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
        if (!map.containsKey(c)) {
            throw new KeyError(key);
        }
        V v = map.get(c);
        if (last) {
            map.putLast(c, v);
        } else {
            map.putFirst(c, v);
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
        if (map.isEmpty()) {
            throw new KeyError("dictionary is empty");
        }
        Map.Entry<Object, V> e = last ? map.lastEntry() : map.firstEntry();
        K k = original(e.getKey());
        map.remove(e.getKey());
        forget(e.getKey());
        return PyTuple.of(k, e.getValue());
    }

    /**
     * {@code self.get(key)}.
     *
     * @param key the key
     * @return its value, or {@code null} (None) when absent
     */
    public V get(Object key) {
        return map.get(canonical(key));
    }

    /**
     * {@code self.get(key, default)}.
     *
     * @param key the key
     * @param dflt the default
     * @return the value or the default
     */
    public V get(Object key, V dflt) {
        Object c = canonical(key);
        V v = map.get(c);
        return v != null || map.containsKey(c) ? v : dflt;
    }

    /**
     * {@code self[key] = value}; an existing equal key keeps its original form and position.
     *
     * @param key the key
     * @param value the value
     */
    public void setItem(K key, V value) {
        Object c = canonical(key);
        if (c != key && !map.containsKey(c) && !(c.equals(key) && c.getClass() == key.getClass())) {
            if (originals == null) {
                originals = new HashMap<>();
            }
            originals.put(c, key);
        }
        map.put(c, value);
    }

    /**
     * {@code del self[key]}.
     *
     * @param key the key
     * @throws KeyError when absent
     */
    public void delItem(Object key) {
        Object c = canonical(key);
        if (!map.containsKey(c)) {
            throw new KeyError(key);
        }
        map.remove(c);
        forget(c);
    }

    /**
     * {@code self.pop(key)}.
     *
     * @param key the key
     * @return its value
     * @throws KeyError when absent
     */
    public V pop(Object key) {
        Object c = canonical(key);
        if (!map.containsKey(c)) {
            throw new KeyError(key);
        }
        forget(c);
        return map.remove(c);
    }

    /**
     * {@code self.pop(key, default)}.
     *
     * @param key the key
     * @param dflt the default
     * @return the value or the default
     */
    public V pop(Object key, V dflt) {
        Object c = canonical(key);
        if (!map.containsKey(c)) {
            return dflt;
        }
        forget(c);
        return map.remove(c);
    }

    /**
     * {@code self.popitem()}: the last inserted pair.
     *
     * @return (key, value)
     * @throws KeyError {@code 'popitem(): dictionary is empty'}
     */
    public PyTuple popitem() {
        if (map.isEmpty()) {
            throw new KeyError("popitem(): dictionary is empty");
        }
        Map.Entry<Object, V> last = map.lastEntry();
        K k = original(last.getKey());
        map.remove(last.getKey());
        forget(last.getKey());
        return PyTuple.of(k, last.getValue());
    }

    /**
     * {@code self.setdefault(key, default)}.
     *
     * @param key the key
     * @param dflt the value to insert when absent
     * @return the value now stored
     */
    public V setdefault(K key, V dflt) {
        Object c = canonical(key);
        if (map.containsKey(c)) {
            return map.get(c);
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
        map.clear();
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
     * Iterates the keys in insertion order, as {@code for k in d} does; adding or removing keys meanwhile raises
     * {@code RuntimeError: dictionary changed size during iteration}, as in CPython.
     */
    @Override
    public Iterator<K> iterator() {
        Iterator<Object> it = map.keySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public K next() {
                try {
                    return original(it.next());
                } catch (java.util.ConcurrentModificationException e) {
                    throw changedSize();
                }
            }
        };
    }

    private static RuntimeError changedSize() {
        return new RuntimeError("dictionary changed size during iteration");
    }

    /**
     * Calls {@code action} with each key and value in insertion order, without an entry or a tuple per item.
     *
     * @param action called once per item
     * @throws RuntimeError {@code dictionary changed size during iteration}, when {@code action} adds or removes
     *     keys
     */
    public void forEachItem(java.util.function.BiConsumer<? super K, ? super V> action) {
        // LinkedHashMap.forEach checks for changes only at the end, so a loop that adds keys would never end
        try {
            for (Map.Entry<Object, V> e : map.entrySet()) {
                action.accept(original(e.getKey()), e.getValue());
            }
        } catch (java.util.ConcurrentModificationException e) {
            throw changedSize();
        }
    }

    /**
     * The items as Java map entries, for typed loops over {@code d.items()} that need no tuple per item.
     *
     * @return an iterable over (key, value) entries in insertion order
     */
    public Iterable<Map.Entry<K, V>> entries() {
        return () -> {
            Iterator<Map.Entry<Object, V>> it = map.entrySet().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Map.Entry<K, V> next() {
                    Map.Entry<Object, V> e;
                    try {
                        e = it.next();
                    } catch (java.util.ConcurrentModificationException ex) {
                        throw changedSize();
                    }
                    return new java.util.AbstractMap.SimpleImmutableEntry<>(original(e.getKey()), e.getValue());
                }
            };
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
        return new View<>("dict_values", () -> {
            Iterator<V> it = map.values().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public V next() {
                    try {
                        return it.next();
                    } catch (java.util.ConcurrentModificationException e) {
                        throw changedSize();
                    }
                }
            };
        }, this);
    }

    /**
     * {@code self.items()}.
     *
     * @return a live view of (key, value) tuples printing as {@code dict_items([...])}
     */
    public View<PyTuple> items() {
        return new View<>("dict_items", () -> {
            Iterator<Map.Entry<K, V>> it = entries().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public PyTuple next() {
                    Map.Entry<K, V> e = it.next();
                    return PyTuple.of(e.getKey(), e.getValue());
                }
            };
        }, this);
    }

    /**
     * Computes a value for an absent key and stores it, as {@code defaultdict} does.
     *
     * @param key the key
     * @param factory makes the value
     * @return the value stored for the key
     */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> factory) {
        Object c = canonical(key);
        if (map.containsKey(c)) {
            return map.get(c);
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
        if (!(o instanceof PyDict<?, ?> d) || d.map.size() != map.size()) {
            return false;
        }
        for (Map.Entry<Object, V> e : map.entrySet()) {
            if (!d.map.containsKey(e.getKey()) || !Py.eq(e.getValue(), d.map.get(e.getKey()))) {
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
        if (map.isEmpty()) {
            return "{}";
        }
        if (!Py.reprEnter(this)) {
            return "{...}";
        }
        try {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<Object, V> e : map.entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(Py.repr(original(e.getKey()))).append(": ").append(Py.repr(e.getValue()));
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

        @Override
        public String toString() {
            return repr();
        }
    }
}
