package io.portalis.pylib.dyn;

import io.portalis.pylib.NameError;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What {@code globals()} returns in a translated module: a dict of the module's bound globals that writes through
 * to them. The globals themselves stay static fields of the module's class, so reading a global costs a field
 * read; this dict reads the fields again each time {@code globals()} is called, and its {@code d[name] = v},
 * {@code del d[name]}, {@code update}, {@code setdefault}, {@code pop}, {@code popitem} and {@code clear}
 * assign the fields they name. A name that is no field of the module (one the program only ever binds through
 * this dict) lives in the dict alone, where the module's reads of that name find it.
 *
 * <p>A dict kept from an earlier {@code globals()} call does not see later plain assignments to the globals until
 * {@code globals()} is called again.
 */
public final class ModuleGlobals extends PyDict<Object, Object> {
    /** Writes one of the module's global fields. */
    @FunctionalInterface
    public interface FieldWriter {
        /**
         * Assigns a field.
         *
         * @param index the field's index in the module's names
         * @param value the new value, {@link Rt#UNBOUND} to unbind it
         */
        void write(int index, Object value);
    }

    private final String[] names;
    private final Map<String, Integer> index = new HashMap<>();
    private final IntFunction<Object> reader;
    private final FieldWriter writer;

    /**
     * Creates the dict of a module's globals.
     *
     * @param names the names of the module's global fields, in the order the module declares them
     * @param reader reads the field of an index ({@link Rt#UNBOUND} when unbound)
     * @param writer writes the field of an index
     */
    public ModuleGlobals(String[] names, IntFunction<Object> reader, FieldWriter writer) {
        this.names = names.clone();
        this.reader = reader;
        this.writer = writer;
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
    }

    /**
     * {@code globals()}: brings the dict up to date with the fields (the names bound only through the dict stay,
     * after them) and returns it.
     *
     * @return this dict
     */
    public ModuleGlobals sync() {
        PyDict<Object, Object> extra = new PyDict<>();
        for (Map.Entry<Object, Object> e : entries()) {
            if (!(e.getKey() instanceof String s && index.containsKey(s))) {
                extra.setItem(e.getKey(), e.getValue());
            }
        }
        super.clear();
        for (int i = 0; i < names.length; i++) {
            Object v = reader.apply(i);
            if (v != Rt.UNBOUND) {
                super.setItem(names[i], v);
            }
        }
        for (Map.Entry<Object, Object> e : extra.entries()) {
            super.setItem(e.getKey(), e.getValue());
        }
        return this;
    }

    /**
     * {@code dir()} at module level.
     *
     * @return a new list of the bound names, sorted
     */
    public PyList<Object> names() {
        PyList<Object> names = new PyList<>();
        for (Object k : sync()) {
            names.add(k);
        }
        names.sort();
        return names;
    }

    /**
     * A read, in the module's code, of a name that only this dict can bind.
     *
     * @param name the name
     * @return its value
     * @throws NameError {@code name 'x' is not defined} when the dict does not hold it
     */
    public Object read(String name) {
        if (!contains(name)) {
            throw new NameError("name '" + name + "' is not defined");
        }
        return getItem(name);
    }

    private void writeField(Object key, Object value) {
        if (key instanceof String s) {
            Integer i = index.get(s);
            if (i != null) {
                writer.write(i, value);
            }
        }
    }

    @Override
    public void setItem(Object key, Object value) {
        super.setItem(key, value);
        writeField(key, value);
    }

    @Override
    public void delItem(Object key) {
        super.delItem(key);
        writeField(key, Rt.UNBOUND);
    }

    @Override
    public Object pop(Object key) {
        Object v = super.pop(key);
        writeField(key, Rt.UNBOUND);
        return v;
    }

    @Override
    public Object pop(Object key, Object dflt) {
        if (!contains(key)) {
            return dflt;
        }
        return pop(key);
    }

    @Override
    public PyTuple popitem() {
        PyTuple pair = super.popitem();
        writeField(pair.get(0), Rt.UNBOUND);
        return pair;
    }

    @Override
    public void clear() {
        for (Object k : keys()) {
            writeField(k, Rt.UNBOUND);
        }
        super.clear();
    }
}
