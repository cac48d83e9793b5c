package io.portalis.pylib.dyn;

import io.portalis.pylib.Ints;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyByteArray;
import io.portalis.pylib.PyBytes;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.Strs;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.ValueError;
import java.math.BigInteger;

/**
 * The methods of bytes that search (and of bytearray, which calls them on a snapshot): {@code find}, {@code rfind},
 * {@code index}, {@code rindex}, {@code count}, {@code startswith}, {@code endswith}, {@code partition} and
 * {@code rpartition}. Each runs str's algorithm on the bytes read as Latin-1 text, one char a byte, where it gives
 * bytes' answer; what is bytes' own is which arguments they take (any bytes-like object, and for the searches a
 * single byte as an int or an object with {@code __index__}) and how they word their errors.
 */
final class BytesSearch {
    private BytesSearch() {
    }

    /**
     * {@code b.name(*a)}.
     *
     * @param b the bytes
     * @param name one of the methods above
     * @param a the positional arguments, whose count the caller has checked
     * @return the result
     */
    static Object call(PyBytes b, String name, Object[] a) {
        String s = Methods.latin1(b.toByteArray());
        return switch (name) {
            case "find" -> Strs.find(s, needle(a[0]), Methods.optLong(a, 1), Methods.optLong(a, 2));
            case "rfind" -> Methods.rfindIn(s, needle(a[0]), Methods.optLong(a, 1), Methods.optLong(a, 2));
            case "index" -> found(Strs.find(s, needle(a[0]), Methods.optLong(a, 1), Methods.optLong(a, 2)));
            case "rindex" -> found(Methods.rfindIn(s, needle(a[0]), Methods.optLong(a, 1), Methods.optLong(a, 2)));
            case "count" -> Methods.countIn(s, needle(a[0]), Methods.optLong(a, 1), Methods.optLong(a, 2));
            case "startswith", "endswith" -> affix(Methods.affixRange(s, Methods.optLong(a, 1), Methods.optLong(a, 2)),
                    name, a[0]);
            case "partition", "rpartition" -> partition(s, name, a[0]);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** What the searches look for: bytes-like, or one byte given as an int. */
    private static String needle(Object sub) {
        String text = text(sub);
        if (text != null) {
            return text;
        }
        Object v = sub instanceof Instance i && i.type().lookup("__index__") != Rt.MISSING ? Rt.asIndex(sub) : sub;
        if (!Ints.isInt(v)) {
            throw new TypeError("argument should be integer or bytes-like object, not '" + Py.typeName(sub) + "'");
        }
        long x = v instanceof BigInteger ? -1 : Ints.toLong(v);
        if (x < 0 || x > 255) {
            throw new ValueError("byte must be in range(0, 256)");
        }
        return String.valueOf((char) x);
    }

    private static long found(long i) {
        if (i < 0) {
            throw new ValueError("subsection not found");
        }
        return i;
    }

    /** startswith or endswith over {@code range} (null where nothing matches), of a bytes-like or a tuple of them. */
    private static boolean affix(String range, String name, Object affix) {
        if (affix instanceof PyTuple t) {
            for (Object item : t) {
                if (matches(range, name, bytesLike(item))) {
                    return true;
                }
            }
            return false;
        }
        String text = text(affix);
        if (text == null) {
            throw new TypeError(name + " first arg must be bytes or a tuple of bytes, not " + Py.typeName(affix));
        }
        return matches(range, name, text);
    }

    private static boolean matches(String range, String name, String affix) {
        return range != null && (name.equals("startswith") ? range.startsWith(affix) : range.endsWith(affix));
    }

    /** partition or rpartition; as in CPython, the separator found is returned as given (a bytearray stays one). */
    private static Object partition(String s, String name, Object sep) {
        PyTuple parts = name.equals("partition") ? Strs.partition(s, bytesLike(sep))
                : Strs.rpartition(s, bytesLike(sep));
        Object[] out = ((PyTuple) Methods.fromLatin1(parts)).toArray();
        if (sep instanceof PyByteArray && !((String) parts.get(1)).isEmpty()) {
            out[1] = sep;
        }
        return PyTuple.of(out);
    }

    private static String bytesLike(Object v) {
        return Methods.latin1(Methods.bytesArg(v).toByteArray());
    }

    /** A bytes-like object's bytes as Latin-1 text, or null for any other value. */
    private static String text(Object v) {
        return v instanceof PyBytes b ? Methods.latin1(b.toByteArray())
                : v instanceof PyByteArray b ? Methods.latin1(b.bytes()) : null;
    }
}
