package io.portalis.pylib.dyn;

import io.portalis.pylib.PyList;

/**
 * Reads that run no Python code and raise nothing, for translated code that speculates on a value's type: it peeks
 * first, tests the class of what it found, and takes its typed path only when the peek found a value of the expected
 * class. Any other outcome (null) sends it to the dynamic path, which then performs the real read, with its
 * exceptions and user code, where Python performs it.
 */
public final class Peek {
    /**
     * The box of a speculated local that holds its primitive value: translated code keeps such a local as a Java
     * primitive and an {@code Object} box, which holds either this marker or the local's value ({@code null} being
     * None).
     */
    public static final Object UNBOXED = new Object() {
        @Override
        public String toString() {
            return "<unboxed>";
        }
    };

    private Peek() {
    }

    /**
     * The value of a speculated int local as an object: its box, unless that holds {@link #UNBOXED}.
     *
     * @param box the local's box
     * @param value the local's primitive value, which counts while the box holds {@link #UNBOXED}
     * @return the box, or the value boxed
     */
    public static Object box(Object box, long value) {
        return box != UNBOXED ? box : (Object) value;
    }

    /**
     * The value of a speculated float local as an object: its box, unless that holds {@link #UNBOXED}.
     *
     * @param box the local's box
     * @param value the local's primitive value, which counts while the box holds {@link #UNBOXED}
     * @return the box, or the value boxed
     */
    public static Object box(Object box, double value) {
        return box != UNBOXED ? box : (Object) value;
    }

    /**
     * The item of a pylib list at an index, as {@code list[i]} would return it.
     *
     * @param list any value
     * @param i the index, negative from the end
     * @return the item, or null when {@code list} is not a pylib list, the index is out of range or the item is None
     */
    public static Object item(Object list, long i) {
        return list instanceof PyList<?> l ? l.peek(i) : null;
    }

    /**
     * Whether {@code list[i]} is an int that fits a {@code long}, found without raising: then
     * {@link #longItem(Object, long)} reads it without a box.
     *
     * @param list any value
     * @param i the index, negative from the end
     * @return false when {@code list} is not a pylib list, the index is out of range or the item is anything else
     */
    public static boolean isLong(Object list, long i) {
        return list instanceof PyList<?> l && l.hasLongAt(i);
    }

    /**
     * {@code list[i]} where {@link #isLong(Object, long)} holds.
     *
     * @param list a pylib list
     * @param i the index, negative from the end
     * @return the item
     */
    public static long longItem(Object list, long i) {
        return ((PyList<?>) list).peekLong(i);
    }

    /**
     * Whether {@code list[i]} is a float, found without raising: then {@link #doubleItem(Object, long)} reads it
     * without a box.
     *
     * @param list any value
     * @param i the index, negative from the end
     * @return false when {@code list} is not a pylib list, the index is out of range or the item is anything else
     */
    public static boolean isDouble(Object list, long i) {
        return list instanceof PyList<?> l && l.hasDoubleAt(i);
    }

    /**
     * {@code list[i]} where {@link #isDouble(Object, long)} holds.
     *
     * @param list a pylib list
     * @param i the index, negative from the end
     * @return the item
     */
    public static double doubleItem(Object list, long i) {
        return ((PyList<?>) list).peekDouble(i);
    }
}
