package io.portalis.pylib.stdlib;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyTuple;

/**
 * What {@code @dataclass} generates, for the classes the translator emits: {@code __repr__} as
 * {@code Point(x=1, y=2)}, {@code __eq__} and {@code order=True} comparisons as comparisons of the field tuples,
 * and the frozen {@code __hash__} as the hash of that tuple.
 */
public final class Dataclasses {
    private Dataclasses() {
    }

    /**
     * The generated {@code __repr__}.
     *
     * @param className the class name
     * @param fieldNames the fields with {@code repr=True}, in definition order
     * @param values their values, in the same order
     * @return {@code Name(field=repr(value), …)}
     */
    public static String repr(String className, String[] fieldNames, Object... values) {
        StringBuilder b = new StringBuilder(className).append('(');
        for (int k = 0; k < fieldNames.length; k++) {
            if (k > 0) {
                b.append(", ");
            }
            b.append(fieldNames[k]).append('=').append(Py.repr(values[k]));
        }
        return b.append(')').toString();
    }

    /**
     * The generated {@code __eq__} body: the field tuples are equal.
     *
     * @param mine this instance's field values
     * @param theirs the other instance's field values
     * @return whether equal by Python's rules
     */
    public static boolean eq(Object[] mine, Object[] theirs) {
        return PyTuple.of(mine.clone()).equals(PyTuple.of(theirs.clone()));
    }

    /**
     * The generated {@code __lt__} of {@code order=True}: the field tuples compare.
     *
     * @param mine this instance's field values
     * @param theirs the other instance's field values
     * @return whether this is less
     */
    public static boolean lt(Object[] mine, Object[] theirs) {
        return Py.lt(PyTuple.of(mine.clone()), PyTuple.of(theirs.clone()));
    }

    /**
     * The generated {@code __hash__} of {@code frozen=True} (or {@code unsafe_hash=True}).
     *
     * @param values the field values
     * @return the hash of their tuple
     */
    public static long hash(Object... values) {
        return Py.hash(PyTuple.of(values.clone()));
    }
}
