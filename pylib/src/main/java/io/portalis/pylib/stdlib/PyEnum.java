package io.portalis.pylib.stdlib;

import io.portalis.pylib.KeyError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.ValueError;

/**
 * Python's {@code enum.Enum} for a translated enum: the translator emits a Java {@code enum} implementing this
 * interface, whose constants carry the Python values in definition order. Members print as CPython 3.11 prints
 * them: {@code repr} {@code <Color.RED: 1>}, {@code str} {@code Color.RED}.
 *
 * <pre>{@code
 * enum Color implements PyEnum {
 *     RED(1L), GREEN(2L);
 *     private final Object value;
 *     Color(Object value) { this.value = value; }
 *     public Object value() { return value; }
 * }
 * }</pre>
 */
public interface PyEnum extends PyObject {
    /**
     * The member's name, as Java's {@link Enum#name()} gives it.
     *
     * @return the name
     */
    String name();

    /**
     * Python's {@code member.value}.
     *
     * @return the value
     */
    Object value();

    @Override
    default String pyTypeName() {
        return ((Enum<?>) this).getDeclaringClass().getSimpleName();
    }

    @Override
    default String repr() {
        return "<" + pyTypeName() + "." + name() + ": " + Py.repr(value()) + ">";
    }

    @Override
    default String str() {
        return pyTypeName() + "." + name();
    }

    /**
     * {@code Color(value)}: the member with a value.
     *
     * @param type the enum class
     * @param value the value
     * @param <E> the enum type
     * @return the first member whose value equals it
     * @throws ValueError {@code 3 is not a valid Color}
     */
    static <E extends Enum<E> & PyEnum> E byValue(Class<E> type, Object value) {
        for (E e : type.getEnumConstants()) {
            if (Py.eq(e.value(), value)) {
                return e;
            }
        }
        throw new ValueError(Py.repr(value) + " is not a valid " + type.getSimpleName());
    }

    /**
     * {@code Color['RED']}: the member with a name.
     *
     * @param type the enum class
     * @param name the name
     * @param <E> the enum type
     * @return the member
     * @throws KeyError with the name
     */
    static <E extends Enum<E> & PyEnum> E byName(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new KeyError(name);
    }
}
