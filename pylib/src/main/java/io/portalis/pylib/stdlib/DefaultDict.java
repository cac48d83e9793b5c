package io.portalis.pylib.stdlib;

import io.portalis.pylib.PyDict;
import java.util.function.Supplier;

/**
 * Python's {@code collections.defaultdict}: a {@link PyDict} whose {@code self[key]} inserts
 * {@code default_factory()} for an absent key. Printed as {@code defaultdict(<class 'list'>, {...})}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public class DefaultDict<K, V> extends PyDict<K, V> {
    private final Supplier<? extends V> factory;
    private final String factoryRepr;
    private final Object factoryValue;

    /**
     * {@code defaultdict(factory)}.
     *
     * @param factory makes the value of an absent key, or {@code null} (then absent keys raise KeyError)
     * @param factoryRepr how the factory prints, e.g. {@code <class 'list'>}
     */
    public DefaultDict(Supplier<? extends V> factory, String factoryRepr) {
        this(factory, factoryRepr, null);
    }

    /**
     * {@code defaultdict(factory)} remembering the Python value of the factory, which
     * {@code d.default_factory} returns.
     *
     * @param factory makes the value of an absent key, or {@code null} (then absent keys raise KeyError)
     * @param factoryRepr how the factory prints, e.g. {@code <class 'list'>}
     * @param factoryValue the factory as a Python value, or {@code null} when it is None or not known here
     */
    public DefaultDict(Supplier<? extends V> factory, String factoryRepr, Object factoryValue) {
        this.factory = factory;
        this.factoryRepr = factoryRepr;
        this.factoryValue = factoryValue;
    }

    /** @return whether this dict has a factory ({@code default_factory is not None}) */
    public boolean hasFactory() {
        return factory != null;
    }

    /** @return the factory as a Python value, or {@code null} when None or made by a typed constructor */
    public Object factoryValue() {
        return factoryValue;
    }

    /**
     * {@code d.copy()}: a defaultdict with the same default factory.
     *
     * @return a shallow copy
     */
    @Override
    public DefaultDict<K, V> copy() {
        DefaultDict<K, V> c = new DefaultDict<>(factory, factoryRepr, factoryValue);
        for (K k : this) {
            c.setItem(k, getItem(k));
        }
        return c;
    }

    /** @return how the factory prints, e.g. {@code <class 'list'>} */
    public String factoryRepr() {
        return factoryRepr;
    }

    /**
     * {@code defaultdict(list)}.
     *
     * @param <K> the key type
     * @param <V> the element type
     * @return the dict
     */
    public static <K, V> DefaultDict<K, io.portalis.pylib.PyList<V>> ofList() {
        return new DefaultDict<>(io.portalis.pylib.PyList::new, "<class 'list'>");
    }

    /**
     * {@code defaultdict(int)}.
     *
     * @param <K> the key type
     * @return the dict
     */
    public static <K> DefaultDict<K, Long> ofInt() {
        return new DefaultDict<>(() -> 0L, "<class 'int'>");
    }

    /**
     * {@code defaultdict(set)}.
     *
     * @param <K> the key type
     * @param <V> the element type
     * @return the dict
     */
    public static <K, V> DefaultDict<K, io.portalis.pylib.PySet<V>> ofSet() {
        return new DefaultDict<>(io.portalis.pylib.PySet::new, "<class 'set'>");
    }

    @Override
    @SuppressWarnings("unchecked")
    protected V missing(Object key) {
        if (factory == null) {
            return super.missing(key);
        }
        V v = factory.get();
        setItem((K) key, v);
        return v;
    }

    @Override
    public String pyTypeName() {
        return "collections.defaultdict";
    }

    @Override
    public String repr() {
        return "defaultdict(" + (factory == null ? "None" : factoryRepr) + ", " + super.repr() + ")";
    }
}
