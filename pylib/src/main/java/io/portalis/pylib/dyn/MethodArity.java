package io.portalis.pylib.dyn;

import io.portalis.pylib.PyByteArray;
import io.portalis.pylib.PyBytes;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.TypeError;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * How many arguments the methods of {@code int}, {@code float}, {@code str}, {@code list} and {@code dict} take
 * (and the searching methods of {@code bytes} and {@code bytearray}), and the {@link TypeError} CPython raises, in
 * the wording of the way each method parses its arguments, when a call passes too few or too many:
 * {@code int.bit_length() takes no arguments (1 given)},
 * {@code str.join() takes exactly one argument (0 given)}, {@code center expected at least 1 argument, got 0},
 * {@code count() takes at least 1 argument (0 given)}.
 */
final class MethodArity {
    /**
     * One method's limits.
     *
     * @param style {@code N} no arguments, {@code O} exactly one, {@code C} positional only (Argument Clinic),
     *     {@code K} keywords allowed or parsed by {@code PyArg_ParseTuple}
     * @param min the fewest positional arguments
     * @param max the most arguments, keywords included
     * @param maxPositional the most positional arguments
     */
    private record Limits(char style, int min, int max, int maxPositional) {
    }

    private static final Map<String, Limits> INT = new HashMap<>();
    private static final Map<String, Limits> FLOAT = new HashMap<>();
    private static final Map<String, Limits> STR = new HashMap<>();
    private static final Map<String, Limits> LIST = new HashMap<>();
    private static final Map<String, Limits> DICT = new HashMap<>();
    private static final Map<String, Limits> BYTES = new HashMap<>();

    static {
        none(INT, "as_integer_ratio", "bit_count", "bit_length", "conjugate");
        INT.put("to_bytes", new Limits('K', 0, 3, 2));
        none(FLOAT, "as_integer_ratio", "conjugate", "hex", "is_integer");
        none(STR, "capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
                "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "lower", "swapcase", "title",
                "upper");
        one(STR, "format_map", "join", "partition", "rpartition", "removeprefix", "removesuffix", "translate",
                "zfill");
        positional(STR, 1, 2, "center", "ljust", "rjust");
        positional(STR, 0, 1, "strip", "lstrip", "rstrip");
        positional(STR, 2, 3, "replace");
        for (String m : new String[] {"count", "find", "index", "rfind", "rindex", "startswith", "endswith"}) {
            STR.put(m, new Limits('K', 1, 3, 3));
            BYTES.put(m, new Limits('K', 1, 3, 3));
        }
        one(BYTES, "partition", "rpartition");
        for (String m : new String[] {"encode", "split", "rsplit"}) {
            STR.put(m, new Limits('K', 0, 2, 2));
        }
        for (String m : new String[] {"expandtabs", "splitlines"}) {
            STR.put(m, new Limits('K', 0, 1, 1));
        }
        none(LIST, "clear", "copy", "reverse");
        one(LIST, "append", "count", "extend", "remove");
        positional(LIST, 1, 3, "index");
        positional(LIST, 2, 2, "insert");
        positional(LIST, 0, 1, "pop");
        LIST.put("sort", new Limits('K', 0, 2, 0));
        none(DICT, "clear", "copy", "items", "keys", "popitem", "values");
        positional(DICT, 1, 2, "get", "pop", "setdefault");
        positional(DICT, 0, 1, "update");
    }

    private MethodArity() {
    }

    private static void none(Map<String, Limits> m, String... names) {
        for (String n : names) {
            m.put(n, new Limits('N', 0, 0, 0));
        }
    }

    private static void one(Map<String, Limits> m, String... names) {
        for (String n : names) {
            m.put(n, new Limits('O', 1, 1, 1));
        }
    }

    private static void positional(Map<String, Limits> m, int min, int max, String... names) {
        for (String n : names) {
            m.put(n, new Limits('C', min, max, max));
        }
    }

    /**
     * Checks the argument count of a call of a built-in method.
     *
     * @param self the receiver
     * @param name the method
     * @param a positional then keyword values
     * @param kw the keyword names
     * @throws TypeError with CPython's message when the method takes fewer or more arguments
     */
    static void check(Object self, String name, Object[] a, String[] kw) {
        String type;
        Map<String, Limits> table;
        if (self instanceof String) {
            type = "str";
            table = STR;
        } else if (self instanceof Long || self instanceof Boolean || self instanceof BigInteger) {
            type = "int";
            table = INT;
        } else if (self instanceof Double) {
            type = "float";
            table = FLOAT;
        } else if (self != null && self.getClass() == PyList.class) {
            type = "list";
            table = LIST;
        } else if (self != null && self.getClass() == PyDict.class) {
            type = "dict";
            table = DICT;
        } else if (self instanceof PyBytes || self instanceof PyByteArray) {
            type = self instanceof PyBytes ? "bytes" : "bytearray";
            table = BYTES;
        } else {
            return;
        }
        Limits l = table.get(name);
        if (l == null) {
            return;
        }
        int n = a.length - kw.length;
        switch (l.style()) {
            case 'N' -> {
                if (a.length > 0 && kw.length == 0) {
                    throw new TypeError(type + "." + name + "() takes no arguments (" + n + " given)");
                }
            }
            case 'O' -> {
                if (a.length != 1 && kw.length == 0) {
                    throw new TypeError(type + "." + name + "() takes exactly one argument (" + n + " given)");
                }
            }
            case 'C' -> {
                if (kw.length == 0 && (n < l.min() || n > l.max())) {
                    int limit = n < l.min() ? l.min() : l.max();
                    String bound = l.min() == l.max() ? "" : n < l.min() ? "at least " : "at most ";
                    throw new TypeError(name + " expected " + bound + limit + plural(limit) + ", got " + n);
                }
            }
            default -> {
                if (a.length > l.max()) {
                    throw new TypeError(name + "() takes at most " + l.max() + plural(l.max()) + " (" + a.length
                            + " given)");
                }
                if (n > l.maxPositional()) {
                    throw new TypeError(l.maxPositional() == 0 ? name + "() takes no positional arguments"
                            : name + "() takes at most " + l.maxPositional() + " positional" + plural(l.maxPositional())
                                    + " (" + n + " given)");
                }
                if (n < l.min() && kw.length == 0) {
                    throw new TypeError(name + "() takes at least " + l.min() + plural(l.min()) + " (" + n + " given)");
                }
            }
        }
    }

    private static String plural(int n) {
        return n == 1 ? " argument" : " arguments";
    }
}
