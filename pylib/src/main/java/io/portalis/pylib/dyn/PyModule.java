package io.portalis.pylib.dyn;

import io.portalis.pylib.PyObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** An imported module as a value: {@code import math} binds one, whose attributes its functions and constants are. */
public final class PyModule implements PyObject {
    private final String name;
    private final Map<String, Object> attrs = new LinkedHashMap<>();
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
     * @param value the value
     * @return this module
     */
    public PyModule put(String attr, Object value) {
        attrs.put(attr, value);
        version++;
        return this;
    }

    /**
     * Reads an attribute.
     *
     * @param attr the name
     * @return its value or {@link Rt#MISSING}
     */
    public Object attr(String attr) {
        Object v = attrs.get(attr);
        return v != null || attrs.containsKey(attr) ? v : Rt.MISSING;
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
