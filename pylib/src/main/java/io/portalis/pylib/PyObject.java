package io.portalis.pylib;

/**
 * What a class of a translated program implements so that pylib's dynamic operations treat its instances as
 * CPython treats them. Each default is {@code object}'s behaviour; the translator overrides the ones the Python
 * class defines: {@code __repr__} → {@link #repr()}, {@code __str__} → {@link #str()}, {@code __bool__} or
 * {@code __len__} → {@link #truthy()}, {@code __lt__} … → {@link #lt(Object)} …, {@code __eq__} and
 * {@code __hash__} → Java {@code equals} and {@code hashCode} (which {@link PyDict} and {@link PySet} use).
 */
public interface PyObject extends PyRepr {
    /**
     * The class's Python name, as printed in messages; by default the Java simple name.
     *
     * @return the name
     */
    default String pyTypeName() {
        return getClass().getSimpleName();
    }

    /**
     * {@code object.__repr__}: {@code <__main__.Name object at 0x…>}.
     *
     * @return the representation
     */
    @Override
    default String repr() {
        return objectRepr("__main__." + pyTypeName(), this);
    }

    /**
     * {@code object.__repr__} of a value whose class prints as {@code className}: {@code <className object at 0x…>}.
     *
     * @param className the class's name, qualified by its module unless the class is built in
     * @param self the value
     * @return the representation
     */
    static String objectRepr(String className, Object self) {
        return "<" + className + " object at 0x" + String.format("%012x", System.identityHashCode(self)) + ">";
    }

    /**
     * {@code __bool__}; without one, Python falls back to {@code __len__} (a class implementing {@link PySized}
     * is false when empty), else true.
     *
     * @return the truth value
     */
    default boolean truthy() {
        return !(this instanceof PySized sized) || sized.len() != 0;
    }

    /**
     * {@code __lt__}.
     *
     * @param other the right operand
     * @return a Boolean, or {@link Py#NOT_IMPLEMENTED}
     */
    default Object lt(Object other) {
        return Py.NOT_IMPLEMENTED;
    }

    /**
     * {@code __le__}.
     *
     * @param other the right operand
     * @return a Boolean, or {@link Py#NOT_IMPLEMENTED}
     */
    default Object le(Object other) {
        return Py.NOT_IMPLEMENTED;
    }

    /**
     * {@code __gt__}.
     *
     * @param other the right operand
     * @return a Boolean, or {@link Py#NOT_IMPLEMENTED}
     */
    default Object gt(Object other) {
        return Py.NOT_IMPLEMENTED;
    }

    /**
     * {@code __ge__}.
     *
     * @param other the right operand
     * @return a Boolean, or {@link Py#NOT_IMPLEMENTED}
     */
    default Object ge(Object other) {
        return Py.NOT_IMPLEMENTED;
    }

    /**
     * Attribute lookup by name, for {@code str.format}'s {@code {0.name}} fields and {@code getattr}.
     *
     * @param name the attribute
     * @return its value
     * @throws AttributeError when there is no such attribute
     */
    default Object getAttr(String name) {
        throw new AttributeError("'" + pyTypeName() + "' object has no attribute '" + name + "'");
    }
}
