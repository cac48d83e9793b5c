package io.portalis.pylib;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Python's built-in functions, as static methods generated code calls. Keyword arguments become trailing
 * parameters ({@code sorted(xs, key, reverse)}, {@code max(xs, key, dflt)}); an omitted key is {@code null}.
 * Lazy built-ins ({@code map}, {@code filter}, {@code zip}, {@code enumerate}, {@code reversed}) return one-shot
 * {@link PyIterator}s, as in Python. Dispatch on an argument's type is an {@code instanceof} chain, not a pattern
 * {@code switch}, for the start-up reason {@link Py} gives.
 */
public final class Builtins {
    private static final Object NO_DEFAULT = new Object();

    private Builtins() {
    }

    // ---------------------------------------------------------------- print and input

    /**
     * {@code print(*args)}: the values' {@code str} separated by spaces, then a newline, to {@code sys.stdout}.
     *
     * @param args the values
     * @return None, which a program may use as print()'s value ({@code f = lambda: print(x)})
     */
    public static Object print(Object... args) {
        printWith(" ", "\n", Sys.stdout, false, args);
        return null;
    }

    /**
     * {@code print(*args, sep=sep, end=end, file=file, flush=flush)}.
     *
     * @param sep the separator ({@code null} means a space)
     * @param end the ending ({@code null} means a newline)
     * @param file the stream ({@code null} means {@code sys.stdout})
     * @param flush whether to flush afterwards
     * @param args the values
     */
    public static void printWith(String sep, String end, Sys.TextOut file, boolean flush, Object... args) {
        String s = sep == null ? " " : sep;
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < args.length; k++) {
            if (k > 0) {
                b.append(s);
            }
            b.append(Py.str(args[k]));
        }
        b.append(end == null ? "\n" : end);
        Sys.TextOut out = file == null ? Sys.stdout : file;
        out.write(b.toString());
        if (flush) {
            out.flush();
        }
    }

    /**
     * {@code input(prompt)}: writes the prompt to stdout, then reads a line.
     *
     * @param prompt the prompt, or {@code null}
     * @return the line without its ending
     * @throws EOFError {@code EOF when reading a line}
     */
    public static String input(Object prompt) {
        if (prompt != null) {
            Sys.stdout.write(Py.str(prompt));
        }
        Sys.stdout.flush();
        String line = Sys.readLine();
        if (line == null) {
            throw new EOFError("EOF when reading a line");
        }
        return line;
    }

    /**
     * {@code input()}.
     *
     * @return the line
     * @throws EOFError at end of input
     */
    public static String input() {
        return input(null);
    }

    // ---------------------------------------------------------------- conversions

    /**
     * {@code int(v)}: truncates floats, parses strings (base 10), converts bools.
     *
     * @param v the value
     * @return a normalised int
     * @throws ValueError for unparsable text
     * @throws TypeError for other types
     */
    public static Object toInt(Object v) {
        if (v instanceof Long || v instanceof BigInteger) {
            return v;
        } else if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (v instanceof Double d) {
            return Floats.toInt(d);
        } else if (v instanceof String s) {
            return Ints.parse(s, 10);
        } else if (v instanceof PyBytes || v instanceof PyByteArray) {
            PyBytes b = v instanceof PyByteArray a ? a.snapshot() : (PyBytes) v;
            try {
                return Ints.parse(b.asciiText(), 10);
            } catch (ValueError e) {
                throw new ValueError("invalid literal for int() with base 10: " + b.repr());
            }
        }
        throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Py.typeName(v) + "'");
    }

    /**
     * {@code int(s, base)}.
     *
     * @param s the text
     * @param base 0 or 2..36
     * @return a normalised int
     * @throws ValueError for bad text or base
     */
    public static Object toInt(String s, long base) {
        return Ints.parse(s, (int) base);
    }

    /**
     * {@code float(v)}.
     *
     * @param v a number or text
     * @return the float
     * @throws ValueError {@code could not convert string to float: 'x'}
     * @throws OverflowError {@code int too large to convert to float}
     */
    public static double toFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (v instanceof Long l) {
            return (double) l;
        } else if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (v instanceof BigInteger b) {
            return Ints.toDouble(b);
        } else if (v instanceof String s) {
            return Floats.parse(s);
        } else if (v instanceof PyBytes || v instanceof PyByteArray) {
            PyBytes b = v instanceof PyByteArray a ? a.snapshot() : (PyBytes) v;
            try {
                return Floats.parse(b.asciiText());
            } catch (ValueError e) {
                throw new ValueError("could not convert string to float: " + Py.repr(v));
            }
        }
        throw new TypeError("float() argument must be a string or a real number, not '" + Py.typeName(v) + "'");
    }

    /**
     * {@code bool(v)}.
     *
     * @param v the value
     * @return its truth value
     */
    public static boolean toBool(Object v) {
        return Py.truthy(v);
    }

    /**
     * {@code list(items)}.
     *
     * @param items an iterable
     * @param <T> the item type
     * @return a new list
     */
    @SuppressWarnings("unchecked")
    public static <T> PyList<T> list(Object items) {
        return new PyList<>((Iterable<T>) Py.iterable(items));
    }

    /**
     * {@code tuple(items)}.
     *
     * @param items an iterable
     * @return a tuple
     */
    public static PyTuple tuple(Object items) {
        return PyTuple.from(Py.iterable(items));
    }

    /**
     * {@code set(items)}.
     *
     * @param items an iterable
     * @param <T> the item type
     * @return a new set
     */
    @SuppressWarnings("unchecked")
    public static <T> PySet<T> set(Object items) {
        if (items instanceof PySetBase<?> || items instanceof PyDict<?, ?>) {
            return new PySet<>((Iterable<T>) items);
        }
        return new PySet<>((Iterable<T>) Py.iterable(items));
    }

    /**
     * {@code dict(pairs)}: from a dict or an iterable of pairs.
     *
     * @param v a dict or pairs
     * @return a new dict
     */
    @SuppressWarnings("unchecked")
    public static PyDict<Object, Object> dict(Object v) {
        if (v instanceof PyDict<?, ?> d) {
            return new PyDict<>((PyDict<Object, Object>) d);
        }
        return PyDict.fromPairs(Py.iterable(v));
    }

    // ---------------------------------------------------------------- numbers

    /**
     * {@code round(x)}: half to even.
     *
     * @param x a number
     * @return an int
     */
    public static Object round(Object x) {
        if (x instanceof Double d) {
            return Floats.round(d);
        } else if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        throw new TypeError("type " + Py.typeName(x) + " doesn't define __round__ method");
    }

    /**
     * {@code round(x, n)}: a float for a float, an int for an int (rounded half to even at {@code 10**-n}).
     *
     * @param x a number
     * @param n the decimal places ({@code null} behaves as {@code round(x)})
     * @return the rounded number
     */
    public static Object round(Object x, Object n) {
        if (n == null) {
            return round(x);
        }
        long places = Ints.toLong(n);
        if (x instanceof Double d) {
            return Floats.round(d, places);
        }
        if (!Ints.isInt(x)) {
            throw new TypeError("type " + Py.typeName(x) + " doesn't define __round__ method");
        }
        if (places >= 0) {
            return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
        }
        BigInteger unit = BigInteger.TEN.pow((int) Math.min(-places, 100000));
        BigInteger v = Ints.big(x);
        BigInteger[] qr = v.divideAndRemainder(unit);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(unit);
        }
        int c = r.shiftLeft(1).compareTo(unit);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return Ints.normalize(q.multiply(unit));
    }

    /**
     * {@code abs(x)}.
     *
     * @param x a number
     * @return its absolute value
     */
    public static Object abs(Object x) {
        return Py.abs(x);
    }

    /**
     * {@code divmod(a, b)}.
     *
     * @param a dividend
     * @param b divisor
     * @return {@code (a // b, a % b)}
     */
    public static PyTuple divmod(Object a, Object b) {
        return Py.divmod(a, b);
    }

    /**
     * {@code pow(a, b)}.
     *
     * @param a base
     * @param b exponent
     * @return the power
     */
    public static Object pow(Object a, Object b) {
        return Py.pow(a, b);
    }

    /**
     * {@code pow(a, b, m)}.
     *
     * @param a base
     * @param b exponent
     * @param m modulus, or None for the plain power
     * @return the modular power
     */
    public static Object pow(Object a, Object b, Object m) {
        return m == null ? Py.pow(a, b) : Py.pow(a, b, m);
    }

    /**
     * {@code chr(i)}.
     *
     * @param i a code point
     * @return the one-character string
     * @throws ValueError {@code chr() arg not in range(0x110000)}
     */
    public static String chr(long i) {
        if (i < 0 || i > 0x10ffff) {
            throw new ValueError("chr() arg not in range(0x110000)");
        }
        return Strs.ofCodePoint((int) i);
    }

    /**
     * {@code ord(c)}.
     *
     * @param c a one-character string
     * @return its code point
     * @throws TypeError for other lengths
     */
    public static long ord(String c) {
        int n = Strs.len(c);
        if (n != 1) {
            throw new TypeError("ord() expected a character, but string of length " + n + " found");
        }
        return c.codePointAt(0);
    }

    /**
     * {@code hex(i)}.
     *
     * @param i an int
     * @return e.g. {@code 0xff} or {@code -0x1}
     */
    public static String hex(Object i) {
        return Ints.toBase(i, 16);
    }

    /**
     * {@code oct(i)}.
     *
     * @param i an int
     * @return e.g. {@code 0o17}
     */
    public static String oct(Object i) {
        return Ints.toBase(i, 8);
    }

    /**
     * {@code bin(i)}.
     *
     * @param i an int
     * @return e.g. {@code 0b101}
     */
    public static String bin(Object i) {
        return Ints.toBase(i, 2);
    }

    /**
     * {@code ascii(v)}: the repr with non-ASCII characters escaped.
     *
     * @param v the value
     * @return the text
     */
    public static String ascii(Object v) {
        String r = Py.repr(v);
        StringBuilder b = new StringBuilder();
        r.codePoints().forEach(c -> {
            if (c < 0x80) {
                b.append((char) c);
            } else if (c < 0x100) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.toString();
    }

    // ---------------------------------------------------------------- iteration

    /**
     * {@code enumerate(items, start)}.
     *
     * @param items an iterable
     * @param start the first index
     * @return a one-shot iterator of {@code (index, item)} tuples
     */
    public static PyIterator<PyTuple> enumerate(Object items, long start) {
        return enumerate(items, (Object) start);
    }

    /**
     * {@code enumerate(items, start)} from an int of any size: the indices go on past 64 bits as Python ints.
     *
     * @param items an iterable
     * @param start the first index: a {@code Long}, {@code Boolean} or {@code BigInteger}
     * @return a one-shot iterator of {@code (index, item)} tuples
     * @throws TypeError if {@code start} is not an int
     */
    public static PyIterator<PyTuple> enumerate(Object items, Object start) {
        Iterator<Object> it = Py.iter(items);
        java.math.BigInteger first = Ints.big(start);
        boolean small = first.bitLength() < 64;
        return new PyIterator<>() {
            long k = small ? first.longValue() : 0;
            /** The next index once it does not fit in a long, else null. */
            java.math.BigInteger big = small ? null : first;

            @Override
            protected PyTuple advance() {
                if (!it.hasNext()) {
                    return end();
                }
                Object index;
                if (big != null) {
                    index = Ints.normalize(big);
                    big = big.add(java.math.BigInteger.ONE);
                } else {
                    index = k;
                    if (k == Long.MAX_VALUE) {
                        big = java.math.BigInteger.valueOf(k).add(java.math.BigInteger.ONE);
                    }
                    k++;
                }
                return PyTuple.of(index, it.next());
            }

            @Override
            public String pyTypeName() {
                return "enumerate";
            }
        };
    }

    /**
     * {@code enumerate(items)}.
     *
     * @param items an iterable
     * @return (index, item) tuples from 0
     */
    public static PyIterator<PyTuple> enumerate(Object items) {
        return enumerate(items, 0);
    }

    /**
     * {@code zip(*iterables)}: stops at the shortest.
     *
     * @param iterables the iterables
     * @return a one-shot iterator of tuples
     */
    public static PyIterator<PyTuple> zip(Object... iterables) {
        List<Iterator<Object>> its = new ArrayList<>();
        for (Object o : iterables) {
            its.add(Py.iter(o));
        }
        return new PyIterator<>() {
            @Override
            protected PyTuple advance() {
                if (its.isEmpty()) {
                    return end();
                }
                Object[] row = new Object[its.size()];
                for (int k = 0; k < row.length; k++) {
                    if (!its.get(k).hasNext()) {
                        return end();
                    }
                    row[k] = its.get(k).next();
                }
                return PyTuple.of(row);
            }

            @Override
            public String pyTypeName() {
                return "zip";
            }
        };
    }

    /**
     * {@code map(f, items)}.
     *
     * @param f the function
     * @param items an iterable
     * @param <T> the result type
     * @return a one-shot iterator of results
     */
    @SuppressWarnings("unchecked")
    public static <T> PyIterator<T> map(Function<Object, ? extends T> f, Object items) {
        Iterator<Object> it = Py.iter(items);
        return new PyIterator<>() {
            @Override
            protected T advance() {
                return it.hasNext() ? f.apply(it.next()) : end();
            }

            @Override
            public String pyTypeName() {
                return "map";
            }
        };
    }

    /**
     * {@code map(f, a, b)} over two iterables, stopping at the shorter.
     *
     * @param f the two-argument function
     * @param a the first iterable
     * @param b the second iterable
     * @param <T> the result type
     * @return a one-shot iterator of results
     */
    public static <T> PyIterator<T> map(BiFunction<Object, Object, ? extends T> f, Object a, Object b) {
        Iterator<Object> x = Py.iter(a);
        Iterator<Object> y = Py.iter(b);
        return new PyIterator<>() {
            @Override
            protected T advance() {
                return x.hasNext() && y.hasNext() ? f.apply(x.next(), y.next()) : end();
            }

            @Override
            public String pyTypeName() {
                return "map";
            }
        };
    }

    /**
     * {@code filter(pred, items)}; a {@code null} predicate keeps truthy items.
     *
     * @param pred the predicate, or {@code null}
     * @param items an iterable
     * @return a one-shot iterator of the kept items
     */
    public static PyIterator<Object> filter(Predicate<Object> pred, Object items) {
        Iterator<Object> it = Py.iter(items);
        return new PyIterator<>() {
            @Override
            protected Object advance() {
                while (it.hasNext()) {
                    Object o = it.next();
                    if (pred == null ? Py.truthy(o) : pred.test(o)) {
                        return o;
                    }
                }
                return end();
            }

            @Override
            public String pyTypeName() {
                return "filter";
            }
        };
    }

    /**
     * {@code reversed(seq)}.
     *
     * @param seq a list, tuple, str, range or dict
     * @return a one-shot iterator from the end
     * @throws TypeError {@code 'set' object is not reversible}
     */
    public static PyIterator<Object> reversed(Object seq) {
        List<Object> items;
        String name;
        if (seq instanceof PyRange r) {
            // lazily: a range may hold more values than memory
            return PyIterator.of(r.reversed().iterator(), r.iteratorName());
        }
        if (seq instanceof List<?> l && !(seq instanceof PyTuple)) {
            items = new ArrayList<>(l);
            name = "list_reverseiterator";
        } else if (seq instanceof PyTuple || seq instanceof String
                || seq instanceof PyDict<?, ?> || seq instanceof PyDict.View<?> || seq instanceof PyBytes
                || seq instanceof io.portalis.pylib.stdlib.Deque<?>) {
            items = new ArrayList<>();
            Py.iterable(seq).forEach(items::add);
            if (seq instanceof PyDict<?, ?>) {
                name = "dict_reversekeyiterator";
            } else if (seq instanceof PyDict.View<?> v) {
                name = switch (v.pyTypeName()) {
                    case "dict_values" -> "dict_reversevalueiterator";
                    case "dict_items" -> "dict_reverseitemiterator";
                    default -> "dict_reversekeyiterator";
                };
            } else if (seq instanceof io.portalis.pylib.stdlib.Deque<?>) {
                name = "_collections._deque_reverse_iterator";
            } else {
                name = "reversed";
            }
        } else {
            throw new TypeError("'" + Py.typeName(seq) + "' object is not reversible");
        }
        java.util.Collections.reverse(items);
        return PyIterator.of(items.iterator(), name);
    }

    /**
     * {@code sorted(items, key=key, reverse=reverse)}.
     *
     * @param items an iterable
     * @param key the key function, or {@code null}
     * @param reverse descending order
     * @param <T> the item type
     * @return a new sorted list (stable)
     */
    public static <T> PyList<T> sorted(Object items, Function<? super T, ?> key, boolean reverse) {
        PyList<T> l = list(items);
        l.sort(key, reverse);
        return l;
    }

    /**
     * {@code sorted(items)}.
     *
     * @param items an iterable
     * @param <T> the item type
     * @return a new sorted list
     */
    public static <T> PyList<T> sorted(Object items) {
        return sorted(items, null, false);
    }

    private static Object extreme(Object items, Function<Object, ?> key, Object dflt, boolean max, String name) {
        Iterator<Object> it = Py.iter(items);
        if (!it.hasNext()) {
            if (dflt != NO_DEFAULT) {
                return dflt;
            }
            throw new ValueError(name + "() arg is an empty sequence");
        }
        Object best = it.next();
        Object bestKey = key == null ? best : key.apply(best);
        while (it.hasNext()) {
            Object o = it.next();
            Object k = key == null ? o : key.apply(o);
            if (max ? Py.gt(k, bestKey) : Py.lt(k, bestKey)) {
                best = o;
                bestKey = k;
            }
        }
        return best;
    }

    /**
     * {@code max(items, key=key, default=dflt)}: the first maximal item.
     *
     * @param items an iterable
     * @param key the key function, or {@code null}
     * @param dflt returned for an empty iterable
     * @return the maximum
     */
    public static Object max(Object items, Function<Object, ?> key, Object dflt) {
        return extreme(items, key, dflt, true, "max");
    }

    /**
     * {@code max(items)}.
     *
     * @param items a non-empty iterable
     * @return the maximum
     * @throws ValueError {@code max() arg is an empty sequence}
     */
    public static Object max(Object items) {
        return extreme(items, null, NO_DEFAULT, true, "max");
    }

    /**
     * {@code max(items, key=key)}.
     *
     * @param items an iterable
     * @param key the key function
     * @return the maximum
     */
    public static Object max(Object items, Function<Object, ?> key) {
        return extreme(items, key, NO_DEFAULT, true, "max");
    }

    /**
     * {@code max(a, b, *rest)}.
     *
     * @param a first
     * @param b second
     * @param rest others
     * @return the maximum
     */
    public static Object maxOf(Object a, Object b, Object... rest) {
        return extreme(allOf(a, b, rest), null, NO_DEFAULT, true, "max");
    }

    /**
     * {@code min(items, key=key, default=dflt)}: the first minimal item.
     *
     * @param items an iterable
     * @param key the key function, or {@code null}
     * @param dflt returned for an empty iterable
     * @return the minimum
     */
    public static Object min(Object items, Function<Object, ?> key, Object dflt) {
        return extreme(items, key, dflt, false, "min");
    }

    /**
     * {@code min(items)}.
     *
     * @param items a non-empty iterable
     * @return the minimum
     * @throws ValueError {@code min() arg is an empty sequence}
     */
    public static Object min(Object items) {
        return extreme(items, null, NO_DEFAULT, false, "min");
    }

    /**
     * {@code min(items, key=key)}.
     *
     * @param items an iterable
     * @param key the key function
     * @return the minimum
     */
    public static Object min(Object items, Function<Object, ?> key) {
        return extreme(items, key, NO_DEFAULT, false, "min");
    }

    /**
     * {@code min(a, b, *rest)}.
     *
     * @param a first
     * @param b second
     * @param rest others
     * @return the minimum
     */
    public static Object minOf(Object a, Object b, Object... rest) {
        return extreme(allOf(a, b, rest), null, NO_DEFAULT, false, "min");
    }

    private static PyList<Object> allOf(Object a, Object b, Object[] rest) {
        PyList<Object> l = PyList.of(a, b);
        java.util.Collections.addAll(l, rest);
        return l;
    }

    /**
     * {@code sum(items, start)}: adds left to right with Python's {@code +}, so ints promote and floats accumulate
     * in order as CPython's do.
     *
     * @param items an iterable of numbers
     * @param start the initial value
     * @return the sum
     * @throws TypeError {@code sum() can't sum strings [use ''.join(seq) instead]}
     */
    public static Object sum(Object items, Object start) {
        return sum(items, start, Py::add);
    }

    /**
     * {@code sum(items, start)} with the given {@code +} for whatever is not a run of ints or floats: dynamic code
     * passes the one that also calls {@code __add__} and {@code __radd__} of Python classes.
     *
     * @param items an iterable of numbers
     * @param start the initial value
     * @param add Python's {@code +} for the values that are not summed as primitives
     * @return the sum
     * @throws TypeError {@code sum() can't sum strings [use ''.join(seq) instead]} (bytes and bytearray likewise), or
     *     whatever {@code add} throws
     */
    public static Object sum(Object items, Object start, BinaryOperator<Object> add) {
        if (start instanceof String) {
            throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes || start instanceof PyByteArray) {
            throw new TypeError("sum() can't sum " + Py.typeName(start) + " [use b''.join(seq) instead]");
        }
        if (items instanceof PyList<?> l && start instanceof Long s) {
            // ints or floats held unboxed: added where they are, no Python code can run
            Object r = l.sumPrimitive(s);
            if (r != null) {
                return r;
            }
        }
        // Runs of ints are summed in a long and runs of floats in a double, as CPython's sum does in C; anything
        // else, and an int sum that would overflow, goes through Python's own addition.
        Object acc = start;
        boolean inLong = start instanceof Long;
        long longSum = inLong ? (Long) start : 0;
        boolean inFloat = false;
        double floatSum = 0.0;
        for (Object o : Py.iterable(items)) {
            if (inLong) {
                if (o instanceof Long x) {
                    long r = longSum + x;
                    if (((longSum ^ r) & (x ^ r)) >= 0) {
                        longSum = r;
                        continue;
                    }
                }
                acc = longSum;
                inLong = false;
            } else if (inFloat) {
                if (o instanceof Double x) {
                    floatSum += x;
                    continue;
                }
                acc = floatSum;
                inFloat = false;
            }
            acc = add.apply(acc, o);
            if (acc instanceof Double x) {
                floatSum = x;
                inFloat = true;
            }
        }
        return inLong ? (Object) longSum : inFloat ? (Object) floatSum : acc;
    }

    /**
     * {@code sum(items)}.
     *
     * @param items an iterable of numbers
     * @return the sum, starting from 0
     */
    public static Object sum(Object items) {
        return sum(items, 0L);
    }

    /**
     * {@code any(items)}.
     *
     * @param items an iterable
     * @return whether some item is truthy
     */
    public static boolean any(Object items) {
        for (Object o : Py.iterable(items)) {
            if (Py.truthy(o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code all(items)}.
     *
     * @param items an iterable
     * @return whether every item is truthy
     */
    public static boolean all(Object items) {
        for (Object o : Py.iterable(items)) {
            if (!Py.truthy(o)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code range(stop)}.
     *
     * @param stop the bound
     * @return the range
     */
    public static PyRange range(long stop) {
        return new PyRange(0, stop, 1);
    }

    /**
     * {@code range(start, stop)}.
     *
     * @param start the start
     * @param stop the bound
     * @return the range
     */
    public static PyRange range(long start, long stop) {
        return new PyRange(start, stop, 1);
    }

    /**
     * {@code range(start, stop, step)}.
     *
     * @param start the start
     * @param stop the bound
     * @param step the step
     * @return the range
     * @throws ValueError for step 0
     */
    public static PyRange range(long start, long stop, long step) {
        return new PyRange(start, stop, step);
    }

    /**
     * {@code len(v)}.
     *
     * @param v a sized value
     * @return its length
     */
    public static long len(Object v) {
        return Py.len(v);
    }

    /**
     * {@code hash(v)}.
     *
     * @param v a hashable value
     * @return its hash
     */
    public static long hash(Object v) {
        return Py.hash(v);
    }

    /**
     * {@code repr(v)}.
     *
     * @param v the value
     * @return its representation
     */
    public static String repr(Object v) {
        return Py.repr(v);
    }

    /**
     * {@code str(v)}.
     *
     * @param v the value
     * @return its text
     */
    public static String str(Object v) {
        return Py.str(v);
    }

    /**
     * {@code iter(v)}.
     *
     * @param v an iterable
     * @return an iterator
     */
    public static Iterator<Object> iter(Object v) {
        return Py.iter(v);
    }

    /**
     * {@code isinstance(v, t)} for the built-in types, named as in Python: {@code int} (bool included),
     * {@code float}, {@code str}, {@code bool}, {@code list}, {@code tuple}, {@code dict}, {@code set},
     * {@code frozenset}, {@code bytes}, {@code NoneType}; translated classes are tested with Java's
     * {@code instanceof}.
     *
     * @param v the value
     * @param typeName the Python type name
     * @return whether {@code v} is an instance
     */
    public static boolean isinstance(Object v, String typeName) {
        return switch (typeName) {
            case "int" -> Ints.isInt(v);
            case "bool" -> v instanceof Boolean;
            case "float" -> v instanceof Double;
            case "str" -> v instanceof String;
            case "list" -> v instanceof PyList<?>;
            case "tuple" -> v instanceof PyTuple;
            case "dict" -> v instanceof PyDict<?, ?>;
            case "set" -> v instanceof PySet<?>;
            case "frozenset" -> v instanceof PyFrozenSet<?>;
            case "bytes" -> v instanceof PyBytes;
            case "NoneType" -> v == null;
            case "object" -> true;
            default -> Py.typeName(v).equals(typeName);
        };
    }

    /**
     * {@code type(v).__name__}.
     *
     * @param v the value
     * @return its Python type name
     */
    public static String typeName(Object v) {
        return Py.typeName(v);
    }

    /**
     * {@code type(v)} printed: {@code <class 'int'>}.
     *
     * @param v the value
     * @return the text
     */
    public static String typeRepr(Object v) {
        String n = Py.typeName(v);
        boolean builtin = v == null || v instanceof Long || v instanceof Double || v instanceof String
                || v instanceof Boolean || v instanceof BigInteger || v instanceof PyRepr && !(v instanceof PyObject);
        return "<class '" + (builtin ? n : "__main__." + n) + "'>";
    }
}
