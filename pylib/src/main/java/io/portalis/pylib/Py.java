package io.portalis.pylib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The dynamic path: Python's operators, comparisons, truthiness, hashing and {@code repr}/{@code str} on values
 * held in {@code Object}, used by generated code wherever a static type is unknown.
 *
 * <p>Representation of Python values: {@code None} is {@code null}; {@code bool} is {@link Boolean}; {@code int}
 * is {@link Long}, or {@link BigInteger} only beyond 64 bits (see {@link Ints#normalize}); {@code float} is
 * {@link Double}; {@code complex} is {@link PyComplex}; {@code str} is {@link String}; the containers are {@link PyList}, {@link PyTuple},
 * {@link PyDict}, {@link PySet}, {@link PyFrozenSet}, {@link PyBytes}, {@link PyRange}; instances of translated
 * classes implement {@link PyObject}. Numbers compare and hash across types as in Python
 * ({@code 1 == 1.0 == True}, and they are one dict key).
 *
 * <p>Dispatch on a value's type is written as {@code instanceof} chains, not pattern {@code switch}es: the first run
 * of a pattern switch bootstraps through invokedynamic and defines a hidden class, which a compiled program's
 * ahead-of-time cache cannot keep, so each switch reached would cost every run a few milliseconds of start-up.
 */
public final class Py {
    /** Python's {@code NotImplemented}, returned by rich comparisons of {@link PyObject} to defer to the other operand. */
    public static final Object NOT_IMPLEMENTED = new Object() {
        @Override
        public String toString() {
            return "NotImplemented";
        }
    };

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> REPR_STACK =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private Py() {
    }

    // ---------------------------------------------------------------- type names, repr, str

    /**
     * The Python type name of a value, as error messages print it ({@code 'int'}, {@code 'NoneType'}).
     *
     * @param v the value
     * @return the name
     */
    public static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof PyComplex) {
            return "complex";
        } else if (v instanceof String) {
            return "str";
        } else if (v instanceof PyList<?>) {
            return "list";
        } else if (v instanceof PyTuple) {
            return "tuple";
        } else if (v instanceof PyDict<?, ?> d) {
            return d.pyTypeName();
        } else if (v instanceof PyDict.View<?> w) {
            return w.pyTypeName();
        } else if (v instanceof PySet<?>) {
            return "set";
        } else if (v instanceof PyFrozenSet<?>) {
            return "frozenset";
        } else if (v instanceof PyBytes) {
            return "bytes";
        } else if (v instanceof PyRange) {
            return "range";
        } else if (v instanceof PyBaseException e) {
            return e.pythonTypeName();
        } else if (v instanceof PyObject o) {
            return o.pyTypeName();
        } else if (v instanceof PyIterator<?> i) {
            return i.pyTypeName();
        } else if (v instanceof Sys.TextOut) {
            return "_io.TextIOWrapper";
        } else if (v instanceof io.portalis.pylib.stdlib.PyRandom) {
            return "Random";
        } else if (v == NOT_IMPLEMENTED) {
            return "NotImplementedType";
        }
        return v.getClass().getSimpleName();
    }

    /**
     * Python's {@code repr(v)}.
     *
     * @param v the value
     * @return the representation CPython prints
     */
    public static String repr(Object v) {
        if (v == null) {
            return "None";
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof Long l) {
            return l.toString();
        } else if (v instanceof Double d) {
            return Floats.repr(d);
        } else if (v instanceof String s) {
            return Strs.repr(s);
        } else if (v instanceof BigInteger b) {
            return Ints.toDecimal(b);
        } else if (v instanceof PyBaseException e) {
            return e.repr();
        } else if (v instanceof PyRepr r) {
            return r.repr();
        }
        return v.toString();
    }

    /**
     * Python's {@code str(v)}: a string itself, else the value's {@code __str__} (its {@code repr} for most types).
     *
     * @param v the value
     * @return the text {@code print} writes
     */
    public static String str(Object v) {
        if (v == null) {
            return "None";
        } else if (v instanceof String s) {
            return s;
        } else if (v instanceof PyBaseException e) {
            return e.str();
        } else if (v instanceof PyRepr r) {
            return r.str();
        }
        return repr(v);
    }

    /**
     * Typed {@code str(long)}.
     *
     * @param v the value
     * @return its decimal text
     */
    public static String str(long v) {
        return Long.toString(v);
    }

    /**
     * Typed {@code str(double)}.
     *
     * @param v the value
     * @return CPython's repr of it
     */
    public static String str(double v) {
        return Floats.repr(v);
    }

    /**
     * Typed {@code str(bool)}.
     *
     * @param v the value
     * @return {@code True} or {@code False}
     */
    public static String str(boolean v) {
        return v ? "True" : "False";
    }

    /**
     * Marks a container as being printed, to print {@code [...]} for a container that holds itself.
     *
     * @param container the container
     * @return false if it is already being printed
     */
    static boolean reprEnter(Object container) {
        return REPR_STACK.get().put(container, Boolean.TRUE) == null;
    }

    static void reprExit(Object container) {
        REPR_STACK.get().remove(container);
    }

    static String reprSequence(Iterable<?> items, String open, String close, Object self) {
        if (!reprEnter(self)) {
            return open + "..." + close;
        }
        try {
            StringBuilder b = new StringBuilder(open);
            boolean first = true;
            for (Object o : items) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(repr(o));
            }
            return b.append(close).toString();
        } finally {
            reprExit(self);
        }
    }

    // ---------------------------------------------------------------- truth, equality, ordering, hashing

    /**
     * Python's truth test ({@code if v:}, {@code bool(v)}): None, False, zero, and empty containers are false.
     *
     * @param v the value
     * @return the truth value
     */
    public static boolean truthy(Object v) {
        if (v == null) {
            return false;
        } else if (v instanceof Boolean b) {
            return b;
        } else if (v instanceof Long l) {
            return l != 0;
        } else if (v instanceof Double d) {
            return d != 0.0;
        } else if (v instanceof String s) {
            return !s.isEmpty();
        } else if (v instanceof BigInteger b) {
            return b.signum() != 0;
        } else if (v instanceof PyComplex c) {
            return c.truthy();
        } else if (v instanceof PyList<?> l) {
            return !l.isEmpty();
        } else if (v instanceof PyTuple t) {
            return !t.isEmpty();
        } else if (v instanceof PyObject o) {
            return o.truthy();
        } else if (v instanceof PySized s) {
            return s.len() != 0;
        } else if (v instanceof PyRange r) {
            return !r.isEmpty();
        } else if (v instanceof java.util.Collection<?> c) {
            return !c.isEmpty();
        }
        return true;
    }

    /** 0 for non-numbers, 1 for Long/Boolean, 2 for BigInteger, 3 for Double, 4 for PyComplex. */
    private static int numKind(Object v) {
        if (v instanceof Long || v instanceof Boolean) {
            return 1;
        } else if (v instanceof Double) {
            return 3;
        } else if (v instanceof BigInteger) {
            return 2;
        } else if (v instanceof PyComplex) {
            return 4;
        }
        return 0;
    }

    private static long asLong(Object v) {
        return v instanceof Long l ? l : ((Boolean) v ? 1 : 0);
    }

    /**
     * A real number (float, int or bool) as a double, as Python converts one for float arithmetic.
     *
     * @param v the value
     * @return its value as a double
     * @throws TypeError {@code must be real number, not T} for other values
     */
    public static double asDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof BigInteger b) {
            return Ints.toDouble(b);
        }
        throw new TypeError("must be real number, not " + typeName(v));
    }

    /**
     * Compares two numbers exactly, as Python does across int and float (a large int is not rounded to a float
     * first). Returns 2 when unordered (a NaN is involved).
     */
    private static int numCompare(Object a, Object b, int ka, int kb) {
        if (ka == 1 && kb == 1) {
            return Long.compare(asLong(a), asLong(b));
        }
        if (ka == 3 || kb == 3) {
            if (ka == 3 && kb == 3) {
                double x = (Double) a;
                double y = (Double) b;
                return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
            }
            if (ka == 3) {
                int c = compareFloatInt((Double) a, b);
                return c == 2 ? 2 : c;
            }
            int c = compareFloatInt((Double) b, a);
            return c == 2 ? 2 : -c;
        }
        return Ints.big(a).compareTo(Ints.big(b));
    }

    private static int compareFloatInt(double x, Object i) {
        if (Double.isNaN(x)) {
            return 2;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        if (i instanceof Long || i instanceof Boolean) {
            long l = asLong(i);
            if (Math.abs(l) <= (1L << 53)) {
                double y = l;
                return x < y ? -1 : x > y ? 1 : 0;
            }
        }
        return new BigDecimal(x).compareTo(new BigDecimal(Ints.big(i)));
    }

    /**
     * Python's {@code a == b}.
     *
     * @param a left
     * @param b right
     * @return whether they are equal by Python's rules
     */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d && d.isNaN()) && !(a instanceof PyComplex c && !c.pyEquals(c));
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof String s) {
            return s.equals(b);
        }
        int ka = numKind(a);
        int kb = numKind(b);
        if (ka == 4 || kb == 4) {
            return ka == 4 ? ((PyComplex) a).pyEquals(b) : ((PyComplex) b).pyEquals(a);
        }
        if (ka != 0 && kb != 0) {
            return numCompare(a, b, ka, kb) == 0;
        }
        if (ka != 0 || kb != 0) {
            // a number equals no other built-in value, but a program's own class may define __eq__ for numbers
            Object other = ka != 0 ? b : a;
            return other instanceof PyObject && other.equals(ka != 0 ? a : b);
        }
        if (b instanceof PyDict.View<?>) {
            // a set compared with a view: the view's reflected __eq__ decides
            return b.equals(a);
        }
        return a.equals(b);
    }

    /**
     * Python's {@code a != b}.
     *
     * @param a left
     * @param b right
     * @return whether they differ
     */
    public static boolean ne(Object a, Object b) {
        return !eq(a, b);
    }

    /**
     * Python's {@code a is b}: identity, with equal small ints, strings and bools counting as identical.
     *
     * @param a left
     * @param b right
     * @return whether they are the same object
     */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long || a instanceof Boolean || a instanceof String) {
            return a.equals(b);
        }
        return false;
    }

    private static TypeError unorderable(String op, Object a, Object b) {
        return new TypeError("'" + op + "' not supported between instances of '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    /** Result of comparing two values of the same family: sign of the order, 2 for unordered, 3 for no order. */
    private static int order(Object a, Object b) {
        int ka = numKind(a);
        int kb = numKind(b);
        if (ka == 4 || kb == 4) {
            return 3;
        }
        if (ka != 0 && kb != 0) {
            return numCompare(a, b, ka, kb);
        }
        if (a instanceof String x && b instanceof String y) {
            return Integer.signum(Strs.compare(x, y));
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
            return Integer.signum(x.compareTo(y));
        }
        return 3;
    }

    /** Python orders sequences by applying the operator itself to the first pair of unequal items. */
    private static boolean richSequences(String op, List<?> x, List<?> y) {
        int n = Math.min(x.size(), y.size());
        for (int k = 0; k < n; k++) {
            Object p = x.get(k);
            Object q = y.get(k);
            if (!eq(p, q)) {
                return rich(op, p, q);
            }
        }
        return rich(op, (long) x.size(), (long) y.size());
    }

    private static boolean rich(String op, Object a, Object b) {
        if (a instanceof PyDict.View<?> v && v.setLike() && (b instanceof PySetBase<?> || b instanceof PyDict.View<?>)
                || b instanceof PyDict.View<?> w && w.setLike() && a instanceof PySetBase<?>) {
            // keys and items views order as the sets of their elements
            Object x = a instanceof PyDict.View<?> va ? new PySet<Object>(va) : a;
            Object y = b instanceof PyDict.View<?> vb ? (vb.setLike() ? new PySet<Object>(vb) : vb) : b;
            return rich(op, x, y);
        }
        if (a instanceof PySetBase<?> x && b instanceof PySetBase<?> y) {
            return switch (op) {
                case "<" -> x.len() < y.len() && x.issubset(y);
                case "<=" -> x.issubset(y);
                case ">" -> y.len() < x.len() && y.issubset(x);
                default -> y.issubset(x);
            };
        }
        if (a instanceof PyList<?> x && b instanceof PyList<?> y || a instanceof PyTuple && b instanceof PyTuple) {
            return richSequences(op, (List<?>) a, (List<?>) b);
        }
        int o = order(a, b);
        if (o == 3) {
            Object r = NOT_IMPLEMENTED;
            if (a instanceof PyObject pa) {
                r = switch (op) {
                    case "<" -> pa.lt(b);
                    case "<=" -> pa.le(b);
                    case ">" -> pa.gt(b);
                    default -> pa.ge(b);
                };
            }
            if (r == NOT_IMPLEMENTED && b instanceof PyObject pb) {
                r = switch (op) {
                    case "<" -> pb.gt(a);
                    case "<=" -> pb.ge(a);
                    case ">" -> pb.lt(a);
                    default -> pb.le(a);
                };
            }
            if (r == NOT_IMPLEMENTED) {
                throw unorderable(op, a, b);
            }
            return truthy(r);
        }
        if (o == 2) {
            return false;
        }
        return switch (op) {
            case "<" -> o < 0;
            case "<=" -> o <= 0;
            case ">" -> o > 0;
            default -> o >= 0;
        };
    }

    /**
     * Python's {@code a < b}.
     *
     * @param a left
     * @param b right
     * @return the comparison
     * @throws TypeError for unorderable types
     */
    public static boolean lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        return rich("<", a, b);
    }

    /**
     * Python's {@code a <= b}.
     *
     * @param a left
     * @param b right
     * @return the comparison
     * @throws TypeError for unorderable types
     */
    public static boolean le(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x <= y;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x <= y;
        }
        return rich("<=", a, b);
    }

    /**
     * Python's {@code a > b}.
     *
     * @param a left
     * @param b right
     * @return the comparison
     * @throws TypeError for unorderable types
     */
    public static boolean gt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x > y;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x > y;
        }
        return rich(">", a, b);
    }

    /**
     * Python's {@code a >= b}.
     *
     * @param a left
     * @param b right
     * @return the comparison
     * @throws TypeError for unorderable types
     */
    public static boolean ge(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x >= y;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x >= y;
        }
        return rich(">=", a, b);
    }

    /**
     * A comparator from Python's {@code <}, as {@code sorted} and {@code list.sort} use it.
     *
     * @param a left
     * @param b right
     * @return negative if {@code a < b}, positive if {@code b < a}, else 0
     * @throws TypeError for unorderable types
     */
    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return Strs.compare(x, y);
        }
        return lt(a, b) ? -1 : lt(b, a) ? 1 : 0;
    }

    /**
     * Python's {@code hash(v)}: CPython's algorithms for ints, floats, tuples and frozensets, so equal numbers of
     * different types hash alike.
     *
     * @param v the value
     * @return the hash
     * @throws TypeError {@code unhashable type: 'list'} for mutable containers
     */
    public static long hash(Object v) {
        if (v == null) {
            return 0x5f3759dfL;
        } else if (v instanceof Long l) {
            return Ints.hash(l);
        } else if (v instanceof String s) {
            return Strs.hash(s);
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof Double d) {
            return Floats.hash(d);
        } else if (v instanceof BigInteger b) {
            return Ints.hash(b);
        } else if (v instanceof PyComplex c) {
            return c.pyHash();
        } else if (v instanceof PyTuple t) {
            return t.pyHash();
        } else if (v instanceof io.portalis.pylib.stdlib.NamedTuple t) {
            return t.pyHash();
        } else if (v instanceof PyFrozenSet<?> s) {
            return s.pyHash();
        } else if (v instanceof PyList<?>) {
            throw new TypeError("unhashable type: 'list'");
        } else if (v instanceof PyDict<?, ?> d) {
            throw new TypeError("unhashable type: '" + d.pyTypeName() + "'");
        } else if (v instanceof PySet<?>) {
            throw new TypeError("unhashable type: 'set'");
        }
        long h = v.hashCode();
        return h == -1 ? -2 : h;
    }

    // ---------------------------------------------------------------- arithmetic

    private static TypeError unsupported(String op, Object a, Object b) {
        return new TypeError("unsupported operand type(s) for " + op + ": '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    private static Object bigResult(BigInteger r) {
        return Ints.normalize(r);
    }

    /**
     * Python's {@code a + b}: numbers, and concatenation of str, list, tuple, bytes.
     *
     * @param a left
     * @param b right
     * @return the sum
     * @throws TypeError for unsupported operands
     */
    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
            return r;
        }
        int ka = numKind(a);
        int kb = numKind(b);
        if (ka != 0 && kb != 0) {
            if (ka == 4 || kb == 4) {
                return PyComplex.of(a).add(PyComplex.of(b));
            }
            if (ka == 3 || kb == 3) {
                return asDouble(a) + asDouble(b);
            }
            if (ka == 1 && kb == 1) {
                return add((Object) asLong(a), (Object) asLong(b));
            }
            return bigResult(Ints.big(a).add(Ints.big(b)));
        }
        if (a instanceof String s) {
            if (b instanceof String t) {
                return s.concat(t);
            }
            throw new TypeError("can only concatenate str (not \"" + typeName(b) + "\") to str");
        }
        if (a instanceof PyList<?> l) {
            if (b instanceof PyList<?> m) {
                PyList<Object> r = new PyList<>(l);
                r.addAll(m);
                return r;
            }
            throw new TypeError("can only concatenate list (not \"" + typeName(b) + "\") to list");
        }
        if (a instanceof PyTuple t) {
            if (b instanceof PyTuple u) {
                return t.concat(u);
            }
            throw new TypeError("can only concatenate tuple (not \"" + typeName(b) + "\") to tuple");
        }
        if (a instanceof PyBytes x) {
            if (b instanceof PyBytes y) {
                return x.concat(y);
            }
            if (b instanceof PyByteArray y) {
                return x.concat(y.snapshot());
            }
            throw new TypeError("can't concat " + typeName(b) + " to bytes");
        }
        if (a instanceof PyByteArray x) {
            PyBytes other = b instanceof PyBytes y ? y : b instanceof PyByteArray y ? y.snapshot() : null;
            if (other == null) {
                throw new TypeError("can't concat " + typeName(b) + " to bytearray");
            }
            return new PyByteArray(x.snapshot().concat(other).toByteArray());
        }
        throw unsupported("+", a, b);
    }

    /**
     * Python's {@code a - b} (numbers and set difference).
     *
     * @param a left
     * @param b right
     * @return the difference
     * @throws TypeError for unsupported operands
     */
    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
            return r;
        }
        int ka = numKind(a);
        int kb = numKind(b);
        if (ka != 0 && kb != 0) {
            if (ka == 4 || kb == 4) {
                return PyComplex.of(a).sub(PyComplex.of(b));
            }
            if (ka == 3 || kb == 3) {
                return asDouble(a) - asDouble(b);
            }
            return bigResult(Ints.big(a).subtract(Ints.big(b)));
        }
        if (a instanceof PySetBase<?> x && b instanceof PySetBase<?> y) {
            return x.difference(y);
        }
        throw unsupported("-", a, b);
    }

    /**
     * Python's {@code a * b}: numbers, and repetition of sequences by an int.
     *
     * @param a left
     * @param b right
     * @return the product
     * @throws TypeError for unsupported operands
     */
    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        int ka = numKind(a);
        int kb = numKind(b);
        if (ka != 0 && kb != 0) {
            if (ka == 4 || kb == 4) {
                return PyComplex.of(a).mul(PyComplex.of(b));
            }
            if (ka == 3 || kb == 3) {
                return asDouble(a) * asDouble(b);
            }
            return bigResult(Ints.big(a).multiply(Ints.big(b)));
        }
        if ((ka == 1 || ka == 2) && isSequence(b)) {
            return mul(b, a);
        }
        if ((kb == 1 || kb == 2) && isSequence(a)) {
            if (b instanceof BigInteger) {
                throw new OverflowError("cannot fit 'int' into an index-sized integer");
            }
            long n = Ints.toLong(b);
            if (a instanceof String s) {
                return Strs.repeat(s, n);
            } else if (a instanceof PyList<?> l) {
                return l.mul(n);
            } else if (a instanceof PyTuple t) {
                return t.mul(n);
            } else if (a instanceof PyBytes y) {
                return y.mul(n);
            } else if (a instanceof PyByteArray y) {
                return new PyByteArray(y.snapshot().mul(n).toByteArray());
            }
            throw unsupported("*", a, b);
        }
        if (isSequence(a) || isSequence(b)) {
            Object nonInt = isSequence(a) ? b : a;
            throw new TypeError("can't multiply sequence by non-int of type '" + typeName(nonInt) + "'");
        }
        throw unsupported("*", a, b);
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes
                || v instanceof PyByteArray;
    }

    /**
     * Python's {@code a / b}: always a float for numbers.
     *
     * @param a left
     * @param b right
     * @return the quotient
     * @throws ZeroDivisionError when {@code b} is zero
     */
    public static Object trueDiv(Object a, Object b) {
        int ka = numKind(a);
        int kb = numKind(b);
        if (ka == 0 || kb == 0) {
            throw unsupported("/", a, b);
        }
        if (ka == 4 || kb == 4) {
            return PyComplex.of(a).div(PyComplex.of(b));
        }
        if (ka == 3 || kb == 3) {
            return Floats.trueDiv(asDouble(a), asDouble(b));
        }
        if (ka == 1 && kb == 1) {
            return Ints.trueDiv(asLong(a), asLong(b));
        }
        return Ints.trueDiv(Ints.big(a), Ints.big(b));
    }

    /**
     * Python's {@code a // b}.
     *
     * @param a left
     * @param b right
     * @return the floored quotient
     * @throws ZeroDivisionError when {@code b} is zero
     */
    public static Object floorDiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && !(x == Long.MIN_VALUE && y == -1)) {
            return Math.floorDiv((long) x, (long) y);
        }
        int ka = numKind(a);
        int kb = numKind(b);
        if (ka == 0 || kb == 0 || ka == 4 || kb == 4) {
            throw unsupported("//", a, b);
        }
        if (ka == 3 || kb == 3) {
            return Floats.floorDiv(asDouble(a), asDouble(b));
        }
        if (ka == 1 && kb == 1) {
            long x = asLong(a);
            long y = asLong(b);
            if (y == 0) {
                throw new ZeroDivisionError("integer division or modulo by zero");
            }
            if (!(x == Long.MIN_VALUE && y == -1)) {
                return Math.floorDiv(x, y);
            }
        }
        BigInteger y = Ints.big(b);
        if (y.signum() == 0) {
            throw new ZeroDivisionError("integer division or modulo by zero");
        }
        BigInteger[] qr = Ints.big(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return bigResult(q);
    }

    /**
     * Python's {@code a % b}: modulo with the divisor's sign, or {@code str % args} formatting.
     *
     * @param a left
     * @param b right
     * @return the result
     * @throws ZeroDivisionError when {@code b} is zero
     */
    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) {
            return Math.floorMod((long) x, (long) y);
        }
        if (a instanceof String s) {
            return PyFormat.percent(s, b);
        }
        if (a instanceof PyBytes || a instanceof PyByteArray) {
            return PyFormat.percentBytes(a, b);
        }
        int ka = numKind(a);
        int kb = numKind(b);
        if (ka == 0 || kb == 0 || ka == 4 || kb == 4) {
            throw unsupported("%", a, b);
        }
        if (ka == 3 || kb == 3) {
            return Floats.mod(asDouble(a), asDouble(b));
        }
        if (ka == 1 && kb == 1) {
            return Ints.mod(asLong(a), asLong(b));
        }
        BigInteger y = Ints.big(b);
        if (y.signum() == 0) {
            throw new ZeroDivisionError("integer modulo by zero");
        }
        BigInteger r = Ints.big(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return bigResult(r);
    }

    /**
     * Python's {@code divmod(a, b)}.
     *
     * @param a left
     * @param b right
     * @return the tuple {@code (a // b, a % b)}
     * @throws ZeroDivisionError when {@code b} is zero
     */
    public static PyTuple divmod(Object a, Object b) {
        int ka = numKind(a);
        int kb = numKind(b);
        if (ka == 0 || kb == 0 || ka == 4 || kb == 4) {
            throw unsupported("divmod()", a, b);
        }
        if (ka == 3 || kb == 3) {
            return Floats.divmod(asDouble(a), asDouble(b));
        }
        return PyTuple.of(floorDiv(a, b), mod(a, b));
    }

    /**
     * Python's {@code a ** b}.
     *
     * @param a base
     * @param b exponent
     * @return the power (a float for a negative int exponent)
     * @throws ZeroDivisionError for {@code 0 ** -1}
     */
    public static Object pow(Object a, Object b) {
        int ka = numKind(a);
        int kb = numKind(b);
        if (ka == 0 || kb == 0) {
            throw unsupported("** or pow()", a, b);
        }
        if (ka == 4 || kb == 4) {
            return PyComplex.of(a).pow(PyComplex.of(b));
        }
        if (ka == 3 || kb == 3) {
            double x = asDouble(a);
            double y = asDouble(b);
            if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
                // a negative base to a fractional power is a complex number in Python
                return new PyComplex(x, 0.0).pow(new PyComplex(y, 0.0));
            }
            return Floats.pow(x, y);
        }
        return Ints.pow(Ints.big(a), Ints.big(b));
    }

    /**
     * Python's {@code pow(a, b, m)}.
     *
     * @param a base
     * @param b exponent
     * @param m modulus
     * @return the modular power
     * @throws TypeError for non-int operands
     */
    public static Object pow(Object a, Object b, Object m) {
        if (a instanceof PyComplex || b instanceof PyComplex || m instanceof PyComplex) {
            throw new ValueError("complex modulo");
        }
        if (!Ints.isInt(a) || !Ints.isInt(b) || !Ints.isInt(m)) {
            throw new TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return Ints.pow(Ints.big(a), Ints.big(b), Ints.big(m));
    }

    /**
     * Python's unary {@code -a}.
     *
     * @param a operand
     * @return the negation
     * @throws TypeError {@code bad operand type for unary -: 'str'}
     */
    public static Object neg(Object a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        } else if (a instanceof Double d) {
            return -d;
        } else if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        } else if (a instanceof BigInteger b) {
            return bigResult(b.negate());
        } else if (a instanceof PyComplex c) {
            return c.neg();
        }
        throw new TypeError("bad operand type for unary -: '" + typeName(a) + "'");
    }

    /**
     * Python's unary {@code +a}.
     *
     * @param a operand
     * @return the value (a bool becomes an int)
     */
    public static Object pos(Object a) {
        if (a instanceof Long || a instanceof Double || a instanceof BigInteger || a instanceof PyComplex) {
            return a;
        } else if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        throw new TypeError("bad operand type for unary +: '" + typeName(a) + "'");
    }

    /**
     * Python's {@code ~a}.
     *
     * @param a an int
     * @return its bitwise inversion {@code -(a+1)}
     */
    public static Object invert(Object a) {
        if (a instanceof Long x) {
            return ~x;
        }
        if (!Ints.isInt(a)) {
            throw new TypeError("bad operand type for unary ~: '" + typeName(a) + "'");
        }
        return bigResult(Ints.big(a).not());
    }

    /**
     * Python's {@code abs(a)}.
     *
     * @param a a number
     * @return its absolute value
     * @throws TypeError {@code bad operand type for abs(): 'str'}
     */
    public static Object abs(Object a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        } else if (a instanceof Double d) {
            return Math.abs(d);
        } else if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (a instanceof BigInteger b) {
            return b.abs();
        } else if (a instanceof PyComplex c) {
            return c.abs();
        }
        throw new TypeError("bad operand type for abs(): '" + typeName(a) + "'");
    }

    private static void requireInts(String op, Object a, Object b) {
        if (!Ints.isInt(a) || !Ints.isInt(b)) {
            throw unsupported(op, a, b);
        }
    }

    /**
     * Python's {@code a << b}.
     *
     * @param a an int
     * @param b a non-negative shift
     * @return the shifted int
     * @throws ValueError {@code negative shift count}
     */
    public static Object lshift(Object a, Object b) {
        requireInts("<<", a, b);
        if (b instanceof BigInteger big && big.signum() > 0) {
            if (Ints.big(a).signum() == 0) {
                return 0L;
            }
            throw new OverflowError("too many digits in integer");
        }
        long n = Ints.toLong(b);
        if (n < 0) {
            throw new ValueError("negative shift count");
        }
        if (a instanceof Long x && n < 62 && x > -(1L << (62 - n)) && x < (1L << (62 - n))) {
            return x << n;
        }
        return bigResult(Ints.big(a).shiftLeft((int) Math.min(n, Integer.MAX_VALUE)));
    }

    /**
     * Python's {@code a >> b}: arithmetic shift, flooring.
     *
     * @param a an int
     * @param b a non-negative shift
     * @return the shifted int
     * @throws ValueError {@code negative shift count}
     */
    public static Object rshift(Object a, Object b) {
        requireInts(">>", a, b);
        if (b instanceof BigInteger big && big.signum() > 0) {
            return Ints.big(a).signum() < 0 ? -1L : 0L;
        }
        long n = Ints.toLong(b);
        if (n < 0) {
            throw new ValueError("negative shift count");
        }
        if (a instanceof Long x) {
            return n >= 64 ? (x < 0 ? -1L : 0L) : x >> n;
        }
        return bigResult(Ints.big(a).shiftRight((int) Math.min(n, Integer.MAX_VALUE)));
    }

    /**
     * Python's {@code a & b} on ints, bools and sets.
     *
     * @param a left
     * @param b right
     * @return the result
     */
    public static Object and(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x & y;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x & y;
        }
        if (a instanceof PySetBase<?> x && b instanceof PySetBase<?> y) {
            return x.intersection(y);
        }
        requireInts("&", a, b);
        return bigResult(Ints.big(a).and(Ints.big(b)));
    }

    /**
     * Python's {@code a | b} on ints, bools, sets and dicts.
     *
     * @param a left
     * @param b right
     * @return the result
     */
    @SuppressWarnings("unchecked")
    public static Object or(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x | y;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x | y;
        }
        if (a instanceof PySetBase<?> x && b instanceof PySetBase<?> y) {
            return ((PySetBase<Object>) x).union((PySetBase<Object>) y);
        }
        if (a instanceof PyDict<?, ?> x && b instanceof PyDict<?, ?> y) {
            return ((PyDict<Object, Object>) x).merge((PyDict<Object, Object>) y);
        }
        requireInts("|", a, b);
        return bigResult(Ints.big(a).or(Ints.big(b)));
    }

    /**
     * Python's {@code a ^ b} on ints, bools and sets.
     *
     * @param a left
     * @param b right
     * @return the result
     */
    @SuppressWarnings("unchecked")
    public static Object xor(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x ^ y;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x ^ y;
        }
        if (a instanceof PySetBase<?> x && b instanceof PySetBase<?> y) {
            return ((PySetBase<Object>) x).symmetricDifference((PySetBase<Object>) y);
        }
        requireInts("^", a, b);
        return bigResult(Ints.big(a).xor(Ints.big(b)));
    }

    // ---------------------------------------------------------------- containers

    /**
     * Python's {@code len(v)}.
     *
     * @param v a sized value
     * @return its length
     * @throws TypeError {@code object of type 'int' has no len()}
     */
    public static long len(Object v) {
        if (v instanceof String s) {
            return Strs.len(s);
        } else if (v instanceof java.util.Collection<?> c) {
            return c.size();
        } else if (v instanceof PySized s) {
            return s.len();
        } else if (v instanceof PyRange r) {
            return r.len();
        }
        throw new TypeError("object of type '" + typeName(v) + "' has no len()");
    }

    private static long index(Object container, Object i) {
        if (i instanceof Long l) {
            return l;
        }
        if (i instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (i instanceof BigInteger) {
            throw new IndexError("cannot fit 'int' into an index-sized integer");
        }
        if (container instanceof String) {
            throw new TypeError("string indices must be integers, not '" + typeName(i) + "'");
        }
        throw new TypeError(typeName(container) + " indices must be integers or slices, not " + typeName(i));
    }

    /**
     * Python's {@code container[key]}.
     *
     * @param container a sequence or mapping
     * @param key the index or key
     * @return the item
     * @throws IndexError for an index out of range
     * @throws KeyError for a missing key
     * @throws TypeError for a value that is not subscriptable
     */
    public static Object getItem(Object container, Object key) {
        if (container instanceof PyList<?> l) {
            return l.getItem(index(l, key));
        } else if (container instanceof PyDict<?, ?> d) {
            return d.getItem(key);
        } else if (container instanceof String s) {
            return Strs.getItem(s, index(s, key));
        } else if (container instanceof PyTuple t) {
            return t.getItem(index(t, key));
        } else if (container instanceof PyBytes b) {
            return b.getItem(index(b, key));
        } else if (container instanceof PyByteArray b) {
            return b.getItem(index(b, key));
        } else if (container instanceof PyRange r) {
            return r.getItem(key instanceof BigInteger ? key : index(r, key));
        }
        throw new TypeError("'" + typeName(container) + "' object is not subscriptable");
    }

    /**
     * Python's {@code container[key] = value}.
     *
     * @param container a list or dict
     * @param key the index or key
     * @param value the value
     * @throws TypeError {@code 'tuple' object does not support item assignment}
     */
    @SuppressWarnings("unchecked")
    public static void setItem(Object container, Object key, Object value) {
        if (container instanceof PyList<?> l) {
            ((PyList<Object>) l).setItem(index(l, key), value);
        } else if (container instanceof PyDict<?, ?> d) {
            ((PyDict<Object, Object>) d).setItem(key, value);
        } else {
            throw new TypeError("'" + typeName(container) + "' object does not support item assignment");
        }
    }

    /**
     * Python's {@code del container[key]}.
     *
     * @param container a list or dict
     * @param key the index or key
     * @throws PyBaseException {@code 'tuple' object doesn't support item deletion}, see {@link #noItemDeletion}
     */
    public static void delItem(Object container, Object key) {
        if (container instanceof PyList<?> l) {
            l.delItem(index(l, key));
        } else if (container instanceof PyDict<?, ?> d) {
            d.delItem(key);
        } else {
            throw noItemDeletion(container, key);
        }
    }

    /**
     * The error of {@code del container[key]} on a value that has no item deletion. CPython words it two ways: a
     * type with sequence methods (str, tuple, bytes, range, sets, dict views, named tuples, instances of classes)
     * given an int key (or an object with {@code __index__}) fails in its sequence path with "doesn't", or with an
     * IndexError when the int does not fit 64 bits; any other pair fails at the end of the lookup with "does not".
     *
     * @param container the value
     * @param key the key it was asked to delete
     * @return the TypeError or IndexError to throw
     */
    public static PyBaseException noItemDeletion(Object container, Object key) {
        boolean sequence = container instanceof String || container instanceof PyTuple || container instanceof PyBytes
                || container instanceof PyRange || container instanceof PySetBase<?>
                || container instanceof PyDict.View<?> || container instanceof io.portalis.pylib.stdlib.NamedTuple
                || container instanceof io.portalis.pylib.dyn.Instance;
        boolean index = key instanceof Long || key instanceof Boolean || key instanceof BigInteger
                || key instanceof Integer || key instanceof io.portalis.pylib.dyn.Instance i
                && i.type().lookup("__index__") != io.portalis.pylib.dyn.Rt.MISSING;
        if (!sequence || !index) {
            return new TypeError("'" + typeName(container) + "' object does not support item deletion");
        } else if (key instanceof BigInteger) {
            return new IndexError("cannot fit 'int' into an index-sized integer");
        }
        return new TypeError("'" + typeName(container) + "' object doesn't support item deletion");
    }

    /**
     * Python's {@code seq[start:stop:step]}; each bound is an int or {@code null} (None).
     *
     * @param seq a str, list, tuple, bytes or range
     * @param start the start
     * @param stop the stop
     * @param step the step
     * @return the slice, of the sequence's type
     */
    public static Object slice(Object seq, Object start, Object stop, Object step) {
        Long a = Slice.bound(start);
        Long b = Slice.bound(stop);
        Long c = Slice.bound(step);
        if (seq instanceof String s) {
            return Strs.slice(s, a, b, c);
        } else if (seq instanceof PyList<?> l) {
            return l.slice(a, b, c);
        } else if (seq instanceof PyTuple t) {
            return t.slice(a, b, c);
        } else if (seq instanceof PyBytes y) {
            return y.slice(a, b, c);
        } else if (seq instanceof PyByteArray y) {
            return new PyByteArray(y.snapshot().slice(a, b, c).toByteArray());
        } else if (seq instanceof PyRange r) {
            return r.slice(start, stop, step);
        }
        throw new TypeError("'" + typeName(seq) + "' object is not subscriptable");
    }

    /**
     * Python's {@code item in container}.
     *
     * @param container the container
     * @param item the value looked for
     * @return whether it is present (a substring test for strings)
     * @throws TypeError {@code argument of type 'int' is not iterable}
     */
    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String t)) {
                throw new TypeError("'in <string>' requires string as left operand, not " + typeName(item));
            }
            return Strs.contains(s, t);
        } else if (container instanceof PyDict<?, ?> d) {
            return d.contains(item);
        } else if (container instanceof PySetBase<?> s) {
            return s.contains(item);
        } else if (container instanceof java.util.Collection<?> c) {
            return c.contains(item);
        } else if (container instanceof PyRange r) {
            return r.contains(item);
        } else if (container instanceof PyBytes b) {
            return b.contains(item);
        } else if (container instanceof PyByteArray b) {
            return b.snapshot().contains(item);
        } else if (container instanceof PyDict.View<?> w) {
            return w.contains(item);
        } else if (container instanceof Iterable<?> it) {
            for (Object o : it) {
                if (eq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        throw new TypeError("argument of type '" + typeName(container) + "' is not iterable");
    }

    /**
     * Python's {@code iter(v)}.
     *
     * @param v an iterable (a str iterates its characters, a dict its keys)
     * @return an iterator
     * @throws TypeError {@code 'int' object is not iterable}
     */
    @SuppressWarnings("unchecked")
    public static Iterator<Object> iter(Object v) {
        if (v instanceof String s) {
            return (Iterator<Object>) (Iterator<?>) Strs.iterator(s);
        } else if (v instanceof Iterable<?> it) {
            return (Iterator<Object>) it.iterator();
        } else if (v instanceof Iterator<?> it) {
            return (Iterator<Object>) it;
        }
        throw new TypeError("'" + typeName(v) + "' object is not iterable");
    }

    /**
     * A value as a Java {@link Iterable}, for generated {@code for} loops over dynamic values.
     *
     * @param v an iterable value
     * @return something a Java for-each loop accepts
     * @throws TypeError if it is not iterable
     */
    public static Iterable<Object> iterable(Object v) {
        if (v instanceof PyList<?> || v instanceof PyTuple) {
            @SuppressWarnings("unchecked")
            Iterable<Object> it = (Iterable<Object>) v;
            return it;
        }
        Iterator<Object> it = iter(v);
        return () -> it;
    }

    /**
     * Python's {@code next(it)}.
     *
     * @param it the iterator
     * @param <T> the element type
     * @return the next item
     * @throws StopIteration when exhausted
     */
    public static <T> T next(Iterator<T> it) {
        if (!it.hasNext()) {
            throw new StopIteration();
        }
        return it.next();
    }

    /**
     * Python's {@code next(it, default)}.
     *
     * @param it the iterator
     * @param dflt returned when exhausted
     * @param <T> the element type
     * @return the next item or the default
     */
    public static <T> T next(Iterator<T> it, T dflt) {
        try {
            return it.hasNext() ? it.next() : dflt;
        } catch (NoSuchElementException e) {
            return dflt;
        }
    }

    /**
     * Unpacks an iterable into exactly {@code n} values, as {@code a, b = v} does.
     *
     * @param v the iterable
     * @param n how many values the target expects
     * @return the values
     * @throws ValueError {@code not enough values to unpack (expected 3, got 2)} or
     *     {@code too many values to unpack (expected 2)}
     */
    public static Object[] unpack(Object v, int n) {
        List<Object> out = new ArrayList<>(n);
        Iterator<Object> it = iter(v);
        while (it.hasNext()) {
            if (out.size() == n) {
                throw new ValueError("too many values to unpack (expected " + n + ")");
            }
            out.add(it.next());
        }
        if (out.size() < n) {
            throw new ValueError("not enough values to unpack (expected " + n + ", got " + out.size() + ")");
        }
        return out.toArray();
    }

    // ---------------------------------------------------------------- Java exceptions as Python exceptions

    /**
     * The Python exception a Java throwable stands for, so that {@code except} clauses and the uncaught-exception
     * printer see Python types: {@link StackOverflowError} → {@link RecursionError}, {@link OutOfMemoryError} →
     * {@link MemoryError}, {@link ArithmeticException} → {@link ZeroDivisionError} or {@link OverflowError},
     * index and class-cast errors → {@link IndexError} and {@link TypeError}, anything else →
     * {@link RuntimeError} naming the Java type.
     *
     * @param t the throwable
     * @return the Python exception (itself when already one)
     */
    public static PyBaseException wrap(Throwable t) {
        PyBaseException p;
        if (t instanceof PyBaseException e) {
            return e;
        } else if (t instanceof StackOverflowError) {
            p = new RecursionError("maximum recursion depth exceeded");
        } else if (t instanceof OutOfMemoryError) {
            p = new MemoryError();
        } else if (t instanceof ArithmeticException) {
            p = String.valueOf(t.getMessage()).contains("zero")
                    ? new ZeroDivisionError("division by zero") : new OverflowError(String.valueOf(t.getMessage()));
        } else if (t instanceof IndexOutOfBoundsException) {
            p = new IndexError("index out of range");
        } else if (t instanceof ClassCastException) {
            p = new TypeError(String.valueOf(t.getMessage()));
        } else if (t instanceof NullPointerException) {
            p = new AttributeError("'NoneType' object has no attribute");
        } else if (t instanceof java.io.UncheckedIOException) {
            p = new OSError(String.valueOf(t.getCause().getMessage()));
        } else {
            p = new RuntimeError(t.getClass().getName() + ": " + t.getMessage());
        }
        return p.withJavaOrigin(t);
    }

    /**
     * Python's {@code getattr(v, name)} on a receiver of unknown type: the attribute of a translated object, or
     * CPython's AttributeError.
     *
     * @param v the receiver
     * @param name the attribute
     * @return its value
     * @throws AttributeError {@code 'int' object has no attribute 'x'}
     */
    public static Object getAttr(Object v, String name) {
        if (v instanceof PyObject o) {
            return o.getAttr(name);
        }
        throw new AttributeError("'" + typeName(v) + "' object has no attribute '" + name + "'");
    }

    /**
     * Python's {@code id(v)}: an identity-based number.
     *
     * @param v the value
     * @return its identity
     */
    public static long id(Object v) {
        return System.identityHashCode(v);
    }
}
