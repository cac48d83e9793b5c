package io.portalis.pylib.dyn;

import io.portalis.pylib.PyObject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** An imported module as a value: {@code import math} binds one, whose attributes its functions and constants are. */
public final class PyModule implements PyObject {
    private final String name;
    private final Map<String, Object> attrs = new LinkedHashMap<>();
    /** The names the program assigned or deleted ({@code math.x = 1}), which {@code dir()} must reflect. */
    private final Set<String> changed = new LinkedHashSet<>();
    /** Bumped by every {@link #put}, so that call sites caching an attribute see a redefinition. */
    int version;

    /**
     * Creates an empty module.
     *
     * @param name the module's name
     */
    public PyModule(String name) {
        this.name = name;
    }

    /** @return the module's name */
    public String name() {
        return name;
    }

    /**
     * Defines an attribute.
     *
     * @param attr the name
     * @param value the value; a plain callable becomes a function named {@code attr} of this module
     * @return this module
     */
    public PyModule put(String attr, Object value) {
        attrs.put(attr, value instanceof PyCallable f && !(value instanceof PyObject)
                ? new LibraryFunction(name, attr, f) : value);
        version++;
        return this;
    }

    /**
     * {@code module.attr = value} in the program: stores the value as it is, as CPython's module {@code __dict__}
     * does.
     *
     * @param attr the name
     * @param value the value
     */
    public void set(String attr, Object value) {
        attrs.put(attr, value);
        changed.add(attr);
        version++;
    }

    /**
     * {@code del module.attr}.
     *
     * @param attr the name
     * @return whether the module had the attribute
     */
    public boolean delete(String attr) {
        if (!attrs.containsKey(attr)) {
            return false;
        }
        attrs.remove(attr);
        changed.add(attr);
        version++;
        return true;
    }

    /**
     * The names the program assigned or deleted.
     *
     * @return them, in the order first changed; a name is an attribute now if {@link #attr} finds it
     */
    Set<String> changed() {
        return changed;
    }

    /**
     * Reads an attribute.
     *
     * @param attr the name; {@code __name__} is the module's name unless the module defines it
     * @return its value or {@link Rt#MISSING}
     */
    public Object attr(String attr) {
        Object v = attrs.get(attr);
        if (v != null || attrs.containsKey(attr)) {
            return v;
        }
        return attr.equals("__name__") ? name : Rt.MISSING;
    }

    @Override
    public String pyTypeName() {
        return "module";
    }

    @Override
    public String repr() {
        return "<module '" + name + "'>";
    }
}
