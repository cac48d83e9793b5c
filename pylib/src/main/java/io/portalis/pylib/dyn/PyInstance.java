package io.portalis.pylib.dyn;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.TypeError;

/**
 * An instance of a class of a translated program. Python's special methods defined by the class drive pylib's
 * dynamic operations: {@code __repr__}, {@code __str__}, {@code __bool__}/{@code __len__}, the rich comparisons,
 * and {@code __eq__}/{@code __hash__} through Java's {@code equals} and {@code hashCode}.
 */
public final class PyInstance extends Slots implements Instance, PyObject {
    /** Its class; read directly by the inline caches, as the attributes it stores itself are. */
    final PyType type;
    /** The map view of its attributes, made when first asked for. */
    private Dict dict;

    /**
     * Creates an instance without running {@code __init__}, with room for as many attributes as the class's
     * instances have needed.
     *
     * @param type its class
     */
    public PyInstance(PyType type) {
        super(type.rootShape, type.slotHint, type.floatHint);
        this.type = type;
    }

    @Override
    void grew(int names, boolean floats) {
        if (names > type.slotHint) {
            type.slotHint = names;
        }
        if (floats && !type.floatHint) {
            type.floatHint = true;
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Dict dict() {
        Dict d = dict;
        if (d == null) {
            d = new Dict(this);
            dict = d;
        }
        return d;
    }

    @Override
    public String pyTypeName() {
        return type.name();
    }

    @Override
    public String repr() {
        Object r = Rt.dunder(this, "__repr__");
        if (r == Rt.MISSING) {
            return defaultRepr();
        }
        if (!(r instanceof String s)) {
            throw new TypeError("__repr__ returned non-string (type " + Py.typeName(r) + ")");
        }
        return s;
    }

    /** {@code object.__repr__}. @return the default representation */
    public String defaultRepr() {
        // a bare object() is of a built-in class, which prints without a module
        return type.isBuiltin() ? PyObject.objectRepr(type.name(), this) : PyObject.super.repr();
    }

    @Override
    public String str() {
        Object r = Rt.dunder(this, "__str__");
        if (r == Rt.MISSING) {
            return repr();
        }
        if (!(r instanceof String s)) {
            throw new TypeError("__str__ returned non-string (type " + Py.typeName(r) + ")");
        }
        return s;
    }

    @Override
    public boolean truthy() {
        Object r = Rt.dunder(this, "__bool__");
        if (r != Rt.MISSING) {
            if (!(r instanceof Boolean b)) {
                throw new TypeError("__bool__ should return bool, returned " + Py.typeName(r));
            }
            return b;
        }
        r = Rt.dunder(this, "__len__");
        if (r != Rt.MISSING) {
            return Py.truthy(r);
        }
        return true;
    }

    @Override
    public Object lt(Object other) {
        return Rt.dunderOr(this, "__lt__", other);
    }

    @Override
    public Object le(Object other) {
        return Rt.dunderOr(this, "__le__", other);
    }

    @Override
    public Object gt(Object other) {
        return Rt.dunderOr(this, "__gt__", other);
    }

    @Override
    public Object ge(Object other) {
        return Rt.dunderOr(this, "__ge__", other);
    }

    @Override
    public Object getAttr(String name) {
        return Rt.getattr(this, name);
    }

    @Override
    public boolean equals(Object o) {
        return Rt.instanceEquals(this, o);
    }

    @Override
    public int hashCode() {
        return Rt.instanceHash(this);
    }

    @Override
    public String toString() {
        return str();
    }
}
