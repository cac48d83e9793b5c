package io.portalis.pylib.dyn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A class namespace: an insertion-ordered map that tells its class whenever it changes, so that the attribute
 * lookups cached for the class and its subclasses are dropped when it is mutated.
 * Removal through views ({@code keySet().remove}) is not used by pylib and not tracked.
 */
final class ClassDict extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    /** The class whose namespace this is. */
    private final transient PyType owner;

    ClassDict(PyType owner) {
        this.owner = owner;
    }

    @Override
    public Object put(String key, Object value) {
        owner.changed();
        return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        owner.changed();
        super.putAll(m);
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        owner.changed();
        return super.putIfAbsent(key, value);
    }

    @Override
    public Object remove(Object key) {
        owner.changed();
        return super.remove(key);
    }

    @Override
    public boolean remove(Object key, Object value) {
        owner.changed();
        return super.remove(key, value);
    }

    @Override
    public void clear() {
        owner.changed();
        super.clear();
    }

    @Override
    public Object replace(String key, Object value) {
        owner.changed();
        return super.replace(key, value);
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        owner.changed();
        return super.replace(key, oldValue, newValue);
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> f) {
        owner.changed();
        return super.computeIfAbsent(key, f);
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> f) {
        owner.changed();
        return super.computeIfPresent(key, f);
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> f) {
        owner.changed();
        return super.compute(key, f);
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> f) {
        owner.changed();
        return super.merge(key, value, f);
    }
}
