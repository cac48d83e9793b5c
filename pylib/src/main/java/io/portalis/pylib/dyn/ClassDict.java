package io.portalis.pylib.dyn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A class namespace: an insertion-ordered map that tells {@link PyType} whenever it changes, so that the
 * attribute lookups classes cache along their method resolution order are dropped when any class is mutated.
 * Removal through views ({@code keySet().remove}) is not used by pylib and not tracked.
 */
final class ClassDict extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    @Override
    public Object put(String key, Object value) {
        PyType.classChanged();
        return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        PyType.classChanged();
        super.putAll(m);
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        PyType.classChanged();
        return super.putIfAbsent(key, value);
    }

    @Override
    public Object remove(Object key) {
        PyType.classChanged();
        return super.remove(key);
    }

    @Override
    public boolean remove(Object key, Object value) {
        PyType.classChanged();
        return super.remove(key, value);
    }

    @Override
    public void clear() {
        PyType.classChanged();
        super.clear();
    }

    @Override
    public Object replace(String key, Object value) {
        PyType.classChanged();
        return super.replace(key, value);
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        PyType.classChanged();
        return super.replace(key, oldValue, newValue);
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> f) {
        PyType.classChanged();
        return super.computeIfAbsent(key, f);
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> f) {
        PyType.classChanged();
        return super.computeIfPresent(key, f);
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> f) {
        PyType.classChanged();
        return super.compute(key, f);
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> f) {
        PyType.classChanged();
        return super.merge(key, value, f);
    }
}
