package io.portalis.pylib.dyn;

import io.portalis.pylib.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The methods of built-in values ({@code str}, {@code list}, {@code dict}, {@code set}, {@code tuple}, numbers), called by name. */
final class Methods {
    private Methods() {
    }

    /**
     * A built-in value's method as a value ({@code f = xs.append}).
     *
     * @param self the receiver
     * @param name the method
     */
    record Bound(Object self, String name) implements PyCallable, PyObject {
        @Override
        public String pyTypeName() {
            return RandomMethods.isPythonMethod(self, name) ? "method" : "builtin_function_or_method";
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            return Methods.call(self, name, args, kwnames);
        }

        @Override
        public String repr() {
            if (RandomMethods.isPythonMethod(self, name)) {
                return "<bound method Random." + name + " of " + Py.repr(self) + ">";
            }
            return "<built-in method " + name + " of " + Py.typeName(self) + " object at 0x"
                    + String.format("%012x", System.identityHashCode(self)) + ">";
        }
    }

    static Object attr(Object self, String name) {
        if (name.equals("__repr__") || name.equals("__str__") || containerDunder(self, name)) {
            return new Bound(self, name);
        }
        if (self instanceof Double d) {
            switch (name) {
                case "real":
                    return d;
                case "imag":
                    return 0.0;
                default:
                    break;
            }
        }
        if (self instanceof PyComplex c) {
            return switch (name) {
                case "real" -> c.real();
                case "imag" -> c.imag();
                case "conjugate" -> new Bound(self, name);
                default -> Rt.MISSING;
            };
        }
        if (Ints.isInt(self)) {
            switch (name) {
                case "real", "numerator":
                    // a bool's are the int it equals
                    return self instanceof Boolean b ? (Object) (b ? 1L : 0L) : self;
                case "imag":
                    return 0L;
                case "denominator":
                    return 1L;
                default:
                    break;
            }
        }
        if (self instanceof PyByteArray) {
            return BYTEARRAY.contains(name) || BYTES.contains(name) ? new Bound(self, name) : Rt.MISSING;
        }
        if (self instanceof io.portalis.pylib.stdlib.Deque<?> dq) {
            if (name.equals("maxlen")) {
                return dq.maxlen();
            }
            return DEQUE.contains(name) ? new Bound(self, name) : Rt.MISSING;
        }
        if (self instanceof io.portalis.pylib.stdlib.PyRandom) {
            return RandomMethods.OPS.containsKey(name) ? new Bound(self, name) : Rt.MISSING;
        }
        if (self instanceof io.portalis.pylib.stdlib.Counter<?> && COUNTER.contains(name)
                || self instanceof io.portalis.pylib.stdlib.OrderedDict<?, ?> && ORDERED.contains(name)) {
            return new Bound(self, name);
        }
        if (self instanceof io.portalis.pylib.stdlib.NamedTuple t) {
            return switch (name) {
                case "_fields" -> {
                    java.util.List<Object> f = new java.util.ArrayList<>();
                    for (String n : t.fieldNames()) {
                        f.add(n);
                    }
                    yield PyTuple.from(f);
                }
                case "_asdict" -> (PyCallable) (a, k) -> {
                    PyDict<Object, Object> d = new PyDict<>();
                    int j = 0;
                    for (String n : t.fieldNames()) {
                        d.setItem(n, t.tuple().get(j++));
                    }
                    return d;
                };
                case "_replace" -> (PyCallable) (a, k) -> {
                    io.portalis.pylib.stdlib.NamedTuple r = t;
                    int npos = a.length - k.length;
                    for (int j = 0; j < k.length; j++) {
                        r = r.replace(k[j], a[npos + j]);
                    }
                    return r;
                };
                case "count", "index" -> new Bound(t.tuple(), name);
                default -> Rt.MISSING;
            };
        }
        if (self instanceof PyRange r) {
            return switch (name) {
                case "start" -> r.startValue();
                case "stop" -> r.stopValue();
                case "step" -> r.stepValue();
                case "index", "count" -> new Bound(self, name);
                default -> Rt.MISSING;
            };
        }
        Set<String> names;
        if (self instanceof String) {
            names = STR;
        } else if (self instanceof PyList<?>) {
            names = LIST;
        } else if (self instanceof PyDict<?, ?>) {
            names = DICT;
        } else if (self instanceof PySet<?>) {
            names = SET;
        } else if (self instanceof PyFrozenSet<?>) {
            names = FROZENSET;
        } else if (self instanceof PyTuple) {
            names = TUPLE;
        } else if (self instanceof Double) {
            names = FLOAT;
        } else if (self instanceof PyBytes) {
            names = BYTES;
        } else if (self instanceof PyGenerator) {
            names = GENERATOR;
        } else if (self instanceof Sys.TextOut) {
            names = TEXT_OUT;
        } else if (self instanceof StdinFile) {
            names = Set.of("readline", "read", "readlines");
        } else {
            names = Ints.isInt(self) ? INT : Set.of();
        }
        return names.contains(name) ? new Bound(self, name) : Rt.MISSING;
    }

    /**
     * Whether {@code name} is a container special method that the built-in value has: {@code __len__},
     * {@code __contains__} and {@code __iter__} on every container, {@code __getitem__} on those indexed or keyed,
     * {@code __setitem__} and {@code __delitem__} on the mutable ones.
     */
    private static boolean containerDunder(Object self, String name) {
        if (!name.startsWith("__")) {
            return false;
        }
        boolean mutable = self instanceof PyList<?> || self instanceof PyDict<?, ?> || self instanceof PyByteArray
                || self instanceof io.portalis.pylib.stdlib.Deque<?>;
        boolean indexed = mutable || self instanceof String || self instanceof PyTuple || self instanceof PyRange
                || self instanceof PyBytes;
        return switch (name) {
            case "__len__", "__contains__", "__iter__" -> indexed || self instanceof PySetBase<?>;
            case "__getitem__" -> indexed;
            case "__setitem__", "__delitem__" -> mutable;
            default -> false;
        };
    }

    /** The special methods of every container that is indexed or keyed ({@code dict.__getitem__(d, k)}). */
    private static final Set<String> INDEXED_DUNDERS = Set.of("__len__", "__contains__", "__iter__", "__getitem__");

    /** Calls a special method {@link #containerDunder} found, as the operation it stands for. */
    private static Object callContainerDunder(Object self, String name, Object[] a, String[] kw) {
        String fn = Py.typeName(self) + "." + name;
        switch (name) {
            case "__len__" -> {
                Args.exact(fn, a, kw, 0);
                return Rt.len(self);
            }
            case "__iter__" -> {
                Args.exact(fn, a, kw, 0);
                return Rt.iter(self);
            }
            case "__contains__" -> {
                Args.exact(fn, a, kw, 1);
                return Rt.contains(self, a[0]);
            }
            case "__getitem__" -> {
                Args.exact(fn, a, kw, 1);
                return Rt.getItem(self, a[0]);
            }
            case "__delitem__" -> {
                Args.exact(fn, a, kw, 1);
                Rt.delItem(self, a[0]);
                return null;
            }
            default -> {
                Args.exact(fn, a, kw, 2);
                Rt.setItem(self, a[0], a[1]);
                return null;
            }
        }
    }

    private static final Set<String> STR = Set.of("upper", "lower", "casefold", "swapcase", "capitalize", "title",
            "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "join", "partition", "rpartition", "find",
            "rfind", "index", "rindex", "count", "startswith", "endswith", "replace", "removeprefix", "removesuffix",
            "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isascii", "isupper", "islower",
            "istitle", "isidentifier", "isprintable", "center", "ljust", "rjust", "zfill", "expandtabs", "encode",
            "format", "format_map", "translate");
    private static final Set<String> LIST = Set.of("append", "extend", "insert", "pop", "remove", "index", "count",
            "reverse", "copy", "clear", "sort");
    private static final Set<String> DICT = Set.of("get", "keys", "values", "items", "pop", "popitem", "setdefault",
            "update", "clear", "copy", "fromkeys");
    private static final Set<String> FROZENSET = Set.of("union", "intersection", "difference",
            "symmetric_difference", "issubset", "issuperset", "isdisjoint", "copy");
    private static final Set<String> SET = Set.of("union", "intersection", "difference", "symmetric_difference",
            "issubset", "issuperset", "isdisjoint", "copy", "add", "remove", "discard", "pop", "clear", "update",
            "difference_update", "intersection_update");
    private static final Set<String> TUPLE = Set.of("index", "count");
    private static final Set<String> DEQUE = Set.of("append", "appendleft", "pop", "popleft", "extend",
            "extendleft", "rotate", "clear", "count", "remove", "reverse", "index", "insert", "copy");
    /** How {@code str.format} fields reach into values: as Python code would, through the dynamic runtime. */
    static final PyFormat.FieldAccess FORMAT_FIELDS = new PyFormat.FieldAccess() {
        @Override
        public Object attr(Object value, String name) {
            return Rt.getattr(value, name);
        }

        @Override
        public Object item(Object value, Object key) {
            return Rt.getItem(value, key);
        }
    };
    private static final Set<String> COUNTER = Set.of("most_common", "total", "elements", "update", "subtract");
    private static final Set<String> ORDERED = Set.of("move_to_end", "popitem");
    private static final Set<String> FLOAT = Set.of("is_integer", "hex", "conjugate", "as_integer_ratio");
    private static final Set<String> INT = Set.of("bit_length", "bit_count", "conjugate", "to_bytes",
            "as_integer_ratio");
    private static final Set<String> BYTES = Set.of("decode", "hex", "strip", "split", "startswith", "endswith", "find",
            "replace", "upper", "lower", "join", "rfind", "index", "rindex", "count", "partition", "rpartition",
            "removeprefix", "removesuffix", "center", "ljust", "rjust", "zfill", "rsplit", "lstrip", "rstrip",
            "expandtabs", "swapcase", "title", "capitalize", "isalpha", "isdigit", "isalnum", "isspace", "isupper",
            "islower", "istitle", "isascii", "splitlines", "translate");
    /** bytes methods whose result does not depend on which bytes are letters, digits or spaces. */
    private static final Set<String> BYTES_AS_LATIN1 = Set.of("find", "rfind", "index", "rindex", "count", "replace",
            "startswith", "endswith", "partition", "rpartition", "removeprefix", "removesuffix", "center", "ljust",
            "rjust", "zfill", "expandtabs", "isascii");
    /** bytes methods that classify or case-map bytes: the same as str's on ASCII without \x1c-\x1f. */
    private static final Set<String> BYTES_AS_ASCII = Set.of("upper", "lower", "swapcase", "title", "capitalize",
            "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle", "splitlines", "split",
            "rsplit", "strip", "lstrip", "rstrip");
    private static final Set<String> BYTEARRAY = Set.of("append", "extend", "pop", "insert", "remove", "reverse",
            "clear", "copy");
    private static final Set<String> GENERATOR = Set.of("send", "close", "throw");
    private static final Set<String> TEXT_OUT = Set.of("write", "flush");

    /**
     * A built-in type's method as a plain function ({@code str.lower}, {@code dict.fromkeys}).
     *
     * @param t the type
     * @param name the method
     * @return a callable taking the receiver first, or {@link Rt#MISSING}
     */
    static Object unbound(PyType t, String name) {
        if (t == Types.DICT && name.equals("fromkeys")) {
            return (PyCallable) (a, k) -> PyDict.fromkeys(Rt.iterable(a[0]), a.length > 1 ? a[1] : null);
        }
        if (t == Types.FLOAT && name.equals("fromhex")) {
            return (PyCallable) (a, k) -> {
                Args.exact("fromhex", a, k, 1);
                if (!(a[0] instanceof String text)) {
                    throw new TypeError("must be str, not " + Py.typeName(a[0]));
                }
                return Floats.fromHex(text);
            };
        }
        if (t == Types.INT && name.equals("from_bytes")) {
            return (PyCallable) (a, k) -> {
                Args.onlyKw("from_bytes", k, "bytes", "byteorder", "signed");
                int n = a.length - k.length;
                Object data = n > 0 ? a[0] : Args.kw(a, k, "bytes", Rt.MISSING);
                if (data == Rt.MISSING) {
                    throw new TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
                }
                Object order = n > 1 ? a[1] : Args.kw(a, k, "byteorder", "big");
                byte[] raw = data instanceof PyBytes b ? b.toByteArray() : data instanceof PyByteArray b ? b.bytes()
                        : PyBytes.fromInts(Rt.iterable(data)).toByteArray();
                return fromBytes(raw, byteOrder(order), Rt.truthy(Args.kw(a, k, "signed", false)));
            };
        }
        if ((t == Types.BYTES || t == Types.BYTEARRAY) && name.equals("fromhex")) {
            return (PyCallable) (a, k) -> {
                Args.exact("fromhex", a, k, 1);
                if (!(a[0] instanceof String text)) {
                    throw new TypeError("fromhex() argument must be str, not " + Py.typeName(a[0]));
                }
                PyBytes b = fromhex(text);
                return t == Types.BYTES ? b : new PyByteArray(b.toByteArray());
            };
        }
        if (t == Types.BYTES && name.equals("maketrans")) {
            return (PyCallable) (a, k) -> {
                Args.exact("maketrans", a, k, 2);
                return bytesMaketrans(bytesArg(a[0]).toByteArray(), bytesArg(a[1]).toByteArray());
            };
        }
        if (t == Types.STR && name.equals("maketrans")) {
            return (PyCallable) (a, k) -> {
                Args.range("maketrans", a, k, 1, 3);
                return maketrans(a);
            };
        }
        Set<String> names = switch (t.name()) {
            case "str" -> STR;
            case "list" -> LIST;
            case "dict" -> DICT;
            case "set" -> SET;
            case "frozenset" -> FROZENSET;
            case "tuple" -> TUPLE;
            case "float" -> FLOAT;
            case "int" -> INT;
            case "complex" -> Set.of("conjugate");
            case "Random" -> t == Types.RANDOM ? RandomMethods.OPS.keySet() : Set.of();
            default -> Set.of();
        };
        boolean dunder = switch (t.name()) {
            case "str", "tuple", "bytes", "range" -> INDEXED_DUNDERS.contains(name);
            case "list", "dict", "bytearray" -> INDEXED_DUNDERS.contains(name) || name.equals("__setitem__")
                    || name.equals("__delitem__");
            case "set", "frozenset" -> !name.equals("__getitem__") && INDEXED_DUNDERS.contains(name);
            default -> false;
        };
        if (!names.contains(name) && !dunder) {
            return Rt.MISSING;
        }
        return (PyCallable) (a, k) -> {
            if (a.length == 0 || !t.isInstance(a[0])) {
                throw new TypeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                        + (a.length == 0 ? "nothing" : Py.typeName(a[0])) + "' object");
            }
            return call(a[0], name, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        };
    }

    private static AttributeError noMethod(Object self, String name) {
        return new AttributeError("'" + Py.typeName(self) + "' object has no attribute '" + name + "'");
    }

    /** An int argument: an int, or an object whose class defines {@code __index__}, as CPython accepts. */
    private static long i(Object v) {
        return v instanceof Long l ? l : Rt.index(v);
    }

    private static String strArg(String method, String param, Object v) {
        if (!(v instanceof String s)) {
            throw new TypeError(method + "() argument '" + param + "' must be str, not " + Py.typeName(v));
        }
        return s;
    }

    /** A str argument of a search method ({@code find}, {@code count}, {@code partition}...). */
    private static String sub(Object v) {
        if (!(v instanceof String s)) {
            throw new TypeError("must be str, not " + Py.typeName(v));
        }
        return s;
    }

    /** The separator of {@code split} or {@code rsplit}, None excluded. */
    private static String sep(Object v) {
        if (!(v instanceof String s)) {
            throw new TypeError("must be str or None, not " + Py.typeName(v));
        }
        return s;
    }

    /** Argument {@code k} (1 or 2) of {@code replace}. */
    private static String replaceArg(int k, Object v) {
        if (!(v instanceof String s)) {
            throw new TypeError("replace() argument " + k + " must be str, not " + Py.typeName(v));
        }
        return s;
    }

    /** The str argument of a method that takes one ({@code removeprefix}). */
    private static String strArg(String method, Object v) {
        if (!(v instanceof String s)) {
            throw new TypeError(method + "() argument must be str, not " + Py.typeName(v));
        }
        return s;
    }

    /** The fill character of {@code center}, {@code ljust} and {@code rjust}. */
    private static String fill(Object v) {
        if (!(v instanceof String s)) {
            throw new TypeError("The fill character must be a unicode character, not " + Py.typeName(v));
        }
        return s;
    }

    private static String s(Object v, String method) {
        if (!(v instanceof String s)) {
            throw new TypeError(method + " arg must be None or str");
        }
        return s;
    }

    /**
     * A bytearray's method: the mutating ones here, the others as bytes' methods on a snapshot, with bytes
     * results turned back into bytearrays as CPython returns them.
     */
    private static Object byteArrayMethod(PyByteArray ba, String name, Object[] a, String[] kw) {
        switch (name) {
            case "append" -> {
                Args.exact("bytearray.append", a, kw, 1);
                ba.append(a[0]);
                return null;
            }
            case "extend" -> {
                Args.exact("bytearray.extend", a, kw, 1);
                Object items = a[0];
                if (items instanceof Instance) {
                    // a class's __iter__ runs here, where instances are known; a TypeError names the argument
                    try {
                        items = Rt.iter(items);
                    } catch (TypeError notIterable) {
                        throw PyByteArray.cannotExtend(a[0]);
                    }
                }
                ba.extend(items);
                return null;
            }
            case "pop" -> {
                Args.range("pop", a, kw, 0, 1);
                return ba.pop(a.length == 0 ? -1 : i(a[0]));
            }
            case "insert" -> {
                Args.exact("insert", a, kw, 2);
                ba.insert(i(a[0]), a[1]);
                return null;
            }
            case "remove" -> {
                Args.exact("bytearray.remove", a, kw, 1);
                ba.remove(a[0]);
                return null;
            }
            case "reverse" -> {
                Args.exact("bytearray.reverse", a, kw, 0);
                ba.reverse();
                return null;
            }
            case "clear" -> {
                Args.exact("bytearray.clear", a, kw, 0);
                ba.clear();
                return null;
            }
            case "copy" -> {
                Args.exact("bytearray.copy", a, kw, 0);
                return new PyByteArray(ba.bytes());
            }
            default -> {
                return asByteArrays(dispatch(ba.snapshot(), name, a, kw));
            }
        }
    }

    private static Object asByteArrays(Object r) {
        return eachPart(r, x -> x instanceof PyBytes b ? new PyByteArray(b.toByteArray())
                // an argument bytes returns as it is (the separator of partition): a bytearray's method returns a copy
                : x instanceof PyByteArray b ? new PyByteArray(b.bytes()) : x);
    }

    /**
     * A method's result with {@code f} applied to it, or when it is a list or tuple (what split and partition
     * return), to each of its items.
     */
    private static Object eachPart(Object r, java.util.function.UnaryOperator<Object> f) {
        if (r instanceof PyList<?> l) {
            PyList<Object> out = new PyList<>();
            for (Object x : l) {
                out.add(eachPart(x, f));
            }
            return out;
        } else if (r instanceof PyTuple t) {
            Object[] out = t.toArray();
            for (int k = 0; k < out.length; k++) {
                out[k] = eachPart(out[k], f);
            }
            return PyTuple.of(out);
        }
        return f.apply(r);
    }

    /**
     * A bytes method computed by the str method of the same name on the bytes read as Latin-1 (one character per
     * byte), bytes arguments likewise, and str results turned back into bytes. Sound for the methods of
     * {@link #BYTES_AS_LATIN1}, and for those of {@link #BYTES_AS_ASCII} when every byte is ASCII outside
     * \x1c-\x1f (where str and bytes agree on letters, digits, spaces and line breaks) and, for the splitting and
     * stripping ones, a separator is given or the text holds no \x0b or \x0c line break.
     */
    private static Object bytesAsText(PyBytes b, String name, Object[] a, String[] kw) {
        boolean explicitChars = a.length > 0 && a[0] != null && !name.equals("splitlines");
        boolean sound = BYTES_AS_LATIN1.contains(name)
                || BYTES_AS_ASCII.contains(name) && (asciiText(b) && (explicitChars || !name.equals("splitlines")
                || noVerticalBreaks(b)));
        if (!BYTES_AS_LATIN1.contains(name) && !BYTES_AS_ASCII.contains(name)) {
            throw noMethod(b, name);
        }
        if (!sound) {
            throw new NotImplementedError("bytes." + name + "() on non-ASCII bytes is not supported yet");
        }
        if (a.length > 1 && (name.equals("center") || name.equals("ljust") || name.equals("rjust"))
                && (a[1] instanceof PyBytes f ? f.len() : a[1] instanceof PyByteArray g ? g.len() : 0) != 1) {
            throw new TypeError(name + "() argument 2 must be a byte string of length 1, not "
                    + (a[1] == null ? "None" : Py.typeName(a[1])));
        }
        Object[] args = new Object[a.length];
        for (int k = 0; k < a.length; k++) {
            if (a[k] instanceof PyBytes x) {
                args[k] = latin1(x.toByteArray());
            } else if (a[k] instanceof PyByteArray x) {
                args[k] = latin1(x.bytes());
            } else if (a[k] instanceof String) {
                throw new TypeError("a bytes-like object is required, not 'str'");
            } else {
                args[k] = a[k];
            }
        }
        return fromLatin1(call(latin1(b.toByteArray()), name, args, kw));
    }

    private static boolean asciiText(PyBytes b) {
        for (byte x : b.toByteArray()) {
            if (x < 0 || x >= 0x1c && x <= 0x1f) {
                return false;
            }
        }
        return true;
    }

    private static boolean noVerticalBreaks(PyBytes b) {
        for (byte x : b.toByteArray()) {
            if (x == 0x0b || x == 0x0c) {
                return false;
            }
        }
        return true;
    }

    static String latin1(byte[] data) {
        return new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static Object fromLatin1(Object r) {
        return eachPart(r, x -> x instanceof String s
                ? new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : x);
    }

    /** @return true for big-endian; {@code byteorder} must be 'big' or 'little' */
    private static boolean byteOrder(Object order) {
        if (!(order instanceof String o)) {
            throw new TypeError("to_bytes() argument 'byteorder' must be str, not " + Py.typeName(order));
        }
        return switch (o) {
            case "big" -> true;
            case "little" -> false;
            default -> throw new ValueError("byteorder must be either 'little' or 'big'");
        };
    }

    /** {@code int.to_bytes(length, byteorder, signed=signed)}. */
    private static PyBytes toBytes(Object value, long length, boolean big, boolean signed) {
        if (length < 0) {
            throw new ValueError("length argument must be non-negative");
        }
        java.math.BigInteger v = Ints.big(value);
        if (!signed && v.signum() < 0) {
            throw new io.portalis.pylib.OverflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw new io.portalis.pylib.OverflowError("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] twos = v.toByteArray();
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int k = 0; k < out.length; k++) {
            int from = twos.length - 1 - k;
            out[out.length - 1 - k] = from >= 0 ? twos[from] : fill;
        }
        if (!big) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return new PyBytes(out);
    }

    /** {@code int.from_bytes(data, byteorder, signed=signed)}. */
    private static Object fromBytes(byte[] data, boolean big, boolean signed) {
        byte[] be = data.clone();
        if (!big) {
            for (int i = 0, j = be.length - 1; i < j; i++, j--) {
                byte t = be[i];
                be[i] = be[j];
                be[j] = t;
            }
        }
        java.math.BigInteger v = be.length == 0 ? java.math.BigInteger.ZERO
                : signed ? new java.math.BigInteger(be) : new java.math.BigInteger(1, be);
        return Ints.normalize(v);
    }

    /** {@code bytes.fromhex(text)}: pairs of hex digits, with whitespace allowed between pairs. */
    private static PyBytes fromhex(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 0x7f) {
                throw new ValueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < text.length() && text.charAt(i + 1) <= 0x7f ? Character.digit(text.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw new ValueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return new PyBytes(out.toByteArray());
    }

    /** {@code b.hex(sep[, bytes_per_sep])}: groups counted from the right, or from the left for a negative count. */
    private static String hexWithSeparator(PyBytes b, Object[] a) {
        String sep = a[0] instanceof String s ? s : a[0] instanceof PyBytes x ? latin1(x.toByteArray()) : null;
        if (sep == null || sep.length() != 1) {
            throw new ValueError("sep must be length 1.");
        }
        long per = a.length > 1 ? i(a[1]) : 1;
        String hex = b.hex();
        int n = hex.length() / 2;
        if (per == 0 || n == 0) {
            return hex;
        }
        long group = Math.abs(per);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) {
            // per > 0 counts groups from the right end, per < 0 from the left
            boolean boundary = per > 0 ? k > 0 && (n - k) % group == 0 : k > 0 && k % group == 0;
            if (boundary) {
                out.append(sep);
            }
            out.append(hex, 2 * k, 2 * k + 2);
        }
        return out.toString();
    }

    /** {@code str.maketrans(x[, y[, z]])}: a dict from code points to code points, strings or None. */
    private static PyDict<Object, Object> maketrans(Object[] a) {
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict<?, ?> d)) {
                throw new TypeError("if you give only one argument to maketrans it must be a dict");
            }
            return Strs.maketrans(d);
        }
        for (int k = 0; k < a.length; k++) {
            if (!(a[k] instanceof String)) {
                throw new TypeError("maketrans() argument " + (k + 1) + " must be str, not " + Py.typeName(a[k]));
            }
        }
        return Strs.maketrans((String) a[0], (String) a[1], a.length > 2 ? (String) a[2] : null);
    }

    /** {@code s.translate(table)}: each code point looked up in {@code table}; absent ones are kept. */
    private static String translate(String s, Object table) {
        if (table instanceof PyDict<?, ?> d) {
            return Strs.translate(s, d);
        }
        // any other mapping is looked up through __getitem__, a LookupError meaning "keep the character"
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            Object v;
            try {
                v = Rt.getItem(table, (long) c);
            } catch (io.portalis.pylib.LookupError e) {
                b.appendCodePoint(c);
                return;
            } catch (UserException e) {
                if (!Types.named("LookupError").isInstance(e)) {
                    throw e;
                }
                b.appendCodePoint(c);
                return;
            }
            if (v == null) {
                return;
            }
            if (v instanceof String r) {
                b.append(r);
            } else if (Ints.isInt(v)) {
                b.appendCodePoint(Math.toIntExact(Builtins.chr(Ints.toLong(v)).codePointAt(0)));
            } else {
                throw new TypeError("character mapping must return integer, None or str");
            }
        });
        return b.toString();
    }

    /** {@code s.rfind(sub, start, end)}: the last match inside the slice, as an index of {@code s}. */
    static long rfindIn(String s, String sub, Long start, Long end) {
        io.portalis.pylib.Slice sl = io.portalis.pylib.Slice.of(Strs.len(s), start, end, null);
        if (beyondEnd(s, start) || sub.isEmpty() && sl.start() > sl.stop()) {
            return -1;
        }
        long i = Strs.rfind(Strs.slice(s, start, end, null), sub);
        return i < 0 ? -1 : i + sl.start();
    }

    /** {@code s.count(sub, start, end)}. */
    static long countIn(String s, String sub, Long start, Long end) {
        io.portalis.pylib.Slice sl = io.portalis.pylib.Slice.of(Strs.len(s), start, end, null);
        if (beyondEnd(s, start) || sub.isEmpty() && sl.start() > sl.stop()) {
            return 0;
        }
        return Strs.count(Strs.slice(s, start, end, null), sub);
    }

    /** CPython finds nothing, not even the empty string, from a start past the end. */
    private static boolean beyondEnd(String s, Long start) {
        return start != null && start > Strs.len(s);
    }

    private static long found(long i) {
        if (i < 0) {
            throw new io.portalis.pylib.ValueError("substring not found");
        }
        return i;
    }

    /** Optional argument {@code k} of a search method: its start or end, an int, None or an object with __index__. */
    static Long optLong(Object[] a, int k) {
        if (a.length <= k) {
            return null;
        }
        Object v = a[k];
        return io.portalis.pylib.Slice.bound(v instanceof Instance i && i.type().lookup("__index__") != Rt.MISSING
                ? Rt.asIndex(v) : v);
    }

    /**
     * {@code s[start:end]} as {@code startswith} and {@code endswith} look at it, or null where CPython matches
     * nothing, not even an empty affix: from a start past the end, or in a range that ends before it starts.
     */
    static String affixRange(String s, Long start, Long end) {
        io.portalis.pylib.Slice sl = io.portalis.pylib.Slice.of(Strs.len(s), start, end, null);
        return beyondEnd(s, start) || sl.stop() < sl.start() ? null : Strs.slice(s, start, end, null);
    }

    /** {@code s.startswith(affix, start, end)} or {@code s.endswith(...)}, with str's argument checks. */
    private static boolean affixIn(String s, String name, Object[] a) {
        String range = affixRange(s, optLong(a, 1), optLong(a, 2));
        boolean found = name.equals("startswith") ? Strs.startswith(range == null ? "" : range, a[0])
                : Strs.endswith(range == null ? "" : range, a[0]);
        return range != null && found;
    }

    static Object call(Object self, String name, Object[] a, String[] kw) {
        MethodArity.check(self, name, a, kw);
        try {
            return dispatch(self, name, a, kw);
        } catch (ArrayIndexOutOfBoundsException e) {
            // a method that needs an argument was called without it
            throw new TypeError(Py.typeName(self) + "." + name + "() takes exactly one argument (" + a.length
                    + " given)");
        }
    }

    @SuppressWarnings("unchecked")
    private static Object dispatch(Object self, String name, Object[] a, String[] kw) {
        if (self instanceof String str && !name.startsWith("__")) {
            // the most frequent receiver: no other case below applies to it
            return strMethod(str, name, a, kw);
        }
        if (name.equals("__repr__") || name.equals("__str__")) {
            Args.exact(Py.typeName(self) + "." + name, a, kw, 0);
            return name.equals("__repr__") ? Py.repr(self) : Py.str(self);
        }
        if (containerDunder(self, name)) {
            return callContainerDunder(self, name, a, kw);
        }
        if (self instanceof PyByteArray ba) {
            return byteArrayMethod(ba, name, a, kw);
        }
        if (self instanceof io.portalis.pylib.stdlib.PyRandom r && RandomMethods.op(name) != RandomMethods.NONE) {
            return RandomMethods.call(RandomMethods.op(name), r, a, kw);
        }
        if (self instanceof io.portalis.pylib.stdlib.Counter<?> c0) {
            io.portalis.pylib.stdlib.Counter<Object> c = (io.portalis.pylib.stdlib.Counter<Object>) c0;
            switch (name) {
                case "most_common":
                    return a.length == 0 || a[0] == null ? c.mostCommon() : c.mostCommon(Rt.index(a[0]));
                case "total":
                    return c.total();
                case "elements":
                    return c.elements();
                case "update", "subtract":
                    counterUpdate(c, name, a, kw);
                    return null;
                default:
                    break;
            }
        }
        if (self instanceof io.portalis.pylib.stdlib.OrderedDict<?, ?> od) {
            switch (name) {
                case "move_to_end":
                    od.moveToEnd(a[0], a.length - kw.length > 1 ? Rt.truthy(a[1]) : Rt.truthy(Args.kw(a, kw, "last", true)));
                    return null;
                case "popitem":
                    return od.popitem(a.length - kw.length > 0 ? Rt.truthy(a[0]) : Rt.truthy(Args.kw(a, kw, "last", true)));
                default:
                    break;
            }
        }
        if (self instanceof io.portalis.pylib.stdlib.Deque<?> dq0) {
            io.portalis.pylib.stdlib.Deque<Object> dq = (io.portalis.pylib.stdlib.Deque<Object>) dq0;
            switch (name) {
                case "append" -> dq.append(a[0]);
                case "appendleft" -> dq.appendleft(a[0]);
                case "pop" -> {
                    return dq.pop();
                }
                case "popleft" -> {
                    return dq.popleft();
                }
                case "extend" -> dq.extend(Rt.iterable(a[0]));
                case "extendleft" -> dq.extendleft(Rt.iterable(a[0]));
                case "rotate" -> dq.rotate(a.length > 0 ? Rt.index(a[0]) : 1);
                case "insert" -> {
                    Args.exact("insert", a, kw, 2);
                    dq.insert(Rt.index(a[0]), a[1]);
                }
                case "clear" -> dq.clear();
                case "count" -> {
                    return dq.count(a[0]);
                }
                case "remove" -> dq.remove(a[0]);
                case "reverse" -> dq.reverse();
                case "index" -> {
                    long j = 0;
                    for (Object x : dq) {
                        if (Rt.eq(x, a[0])) {
                            return j;
                        }
                        j++;
                    }
                    throw new io.portalis.pylib.ValueError(Py.repr(a[0]) + " is not in deque");
                }
                case "copy" -> {
                    Long maxlen = dq.maxlen();
                    return maxlen == null ? new io.portalis.pylib.stdlib.Deque<Object>(dq)
                            : new io.portalis.pylib.stdlib.Deque<Object>(dq, (int) (long) maxlen);
                }
                default -> throw noMethod(self, name);
            }
            return null;
        }
        if (self instanceof String str) {
            return strMethod(str, name, a, kw);
        }
        if (self instanceof PyList<?> l) {
            return listMethod(l, name, a, kw);
        }
        if (self instanceof PyDict<?, ?> d) {
            return dictMethod(d, name, a, kw);
        }
        if (self instanceof PySetBase<?> s) {
            return setMethod(s, name, a, kw);
        }
        if (self instanceof PyRange r) {
            return switch (name) {
                case "index" -> r.index(a[0]);
                case "count" -> r.count(a[0]);
                default -> throw noMethod(self, name);
            };
        }
        if (self instanceof PyTuple t) {
            return switch (name) {
                case "index" -> a.length > 1 ? sequenceIndex(t, a) : t.index(a[0]);
                case "count" -> t.count(a[0]);
                default -> throw noMethod(self, name);
            };
        }
        if (self instanceof PyGenerator g) {
            return switch (name) {
                case "send" -> g.send(a[0]);
                case "close" -> {
                    g.close();
                    yield null;
                }
                case "throw" -> g.throwIn(Rt.raise(a[0]));
                default -> throw noMethod(self, name);
            };
        }
        if (self instanceof PyComplex c && name.equals("conjugate")) {
            return c.conjugate();
        }
        if (self instanceof Double d) {
            return switch (name) {
                case "is_integer" -> Floats.isInteger(d);
                case "hex" -> Floats.hex(d);
                case "as_integer_ratio" -> Floats.asIntegerRatio(d);
                case "conjugate" -> d;
                default -> throw noMethod(self, name);
            };
        }
        if (self instanceof Sys.TextOut out) {
            return switch (name) {
                case "write" -> {
                    if (!(a[0] instanceof String text)) {
                        throw new TypeError("write() argument must be str, not " + Py.typeName(a[0]));
                    }
                    yield out.write(text);
                }
                case "flush" -> {
                    out.flush();
                    yield null;
                }
                default -> throw noMethod(self, name);
            };
        }
        if (self instanceof StdinFile in) {
            return switch (name) {
                case "readline" -> in.readline();
                case "read" -> in.read();
                case "readlines" -> in.readlines();
                default -> throw noMethod(self, name);
            };
        }
        if (self instanceof PyBytes b) {
            return switch (name) {
                case "decode" -> {
                    Args.onlyKw("decode", kw, "encoding", "errors");
                    Object enc = a.length - kw.length > 0 ? a[0] : Args.kw(a, kw, "encoding", "utf-8");
                    Object err = a.length - kw.length > 1 ? a[1] : Args.kw(a, kw, "errors", "strict");
                    yield b.decode(strArg("decode", "encoding", enc), strArg("decode", "errors", err));
                }
                case "hex" -> a.length == 0 ? b.hex() : hexWithSeparator(b, a);
                case "strip" -> a.length == 0 ? b.strip() : bytesAsText(b, name, a, kw);
                case "split" -> a.length == 0 ? b.split() : a.length == 1 && a[0] != null ? b.split(bytesArg(a[0]))
                        : bytesAsText(b, name, a, kw);
                case "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "partition",
                        "rpartition" -> BytesSearch.call(b, name, a);
                case "replace" -> b.replace(bytesArg(a[0]), bytesArg(a[1]));
                case "upper" -> b.upper();
                case "lower" -> b.lower();
                case "join" -> b.join(Rt.iterable(a[0]));
                case "translate" -> {
                    Args.onlyKw("translate", kw, "delete");
                    if (a.length - kw.length < 1 || a.length - kw.length > 2) {
                        throw new TypeError("translate() takes 1 or 2 positional arguments");
                    }
                    Object delete = a.length - kw.length > 1 ? a[1] : Args.kw(a, kw, "delete", null);
                    yield bytesTranslate(b, a[0], delete == null ? new byte[0] : bytesArg(delete).toByteArray());
                }
                default -> bytesAsText(b, name, a, kw);
            };
        }
        if (Ints.isInt(self)) {
            return switch (name) {
                case "bit_length" -> (long) Ints.big(self).abs().bitLength();
                case "bit_count" -> (long) Ints.big(self).abs().bitCount();
                case "as_integer_ratio" -> PyTuple.of(self instanceof Boolean b ? (Object) (b ? 1L : 0L) : self, 1L);
                case "conjugate" -> self instanceof Boolean b ? (Object) (b ? 1L : 0L) : self;
                case "to_bytes" -> {
                    Args.onlyKw("to_bytes", kw, "length", "byteorder", "signed");
                    int n = a.length - kw.length;
                    Object length = n > 0 ? a[0] : Args.kw(a, kw, "length", 1L);
                    Object order = n > 1 ? a[1] : Args.kw(a, kw, "byteorder", "big");
                    yield toBytes(self, i(length), byteOrder(order), Rt.truthy(Args.kw(a, kw, "signed", false)));
                }
                default -> throw noMethod(self, name);
            };
        }
        throw noMethod(self, name);
    }

    /** {@code bytes.maketrans(frm, to)}: the identity table of 256 bytes with each byte of frm mapped to to's. */
    private static PyBytes bytesMaketrans(byte[] frm, byte[] to) {
        if (frm.length != to.length) {
            throw new ValueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < frm.length; i++) {
            table[frm[i] & 0xff] = to[i];
        }
        return new PyBytes(table);
    }

    /** {@code b.translate(table, delete)}: drops the bytes in delete, then maps the rest through table (None keeps them). */
    private static PyBytes bytesTranslate(PyBytes b, Object table, byte[] delete) {
        byte[] map = table == null ? null : bytesArg(table).toByteArray();
        if (map != null && map.length != 256) {
            throw new ValueError("translation table must be 256 characters long");
        }
        boolean[] dropped = new boolean[256];
        for (byte d : delete) {
            dropped[d & 0xff] = true;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte x : b.toByteArray()) {
            if (!dropped[x & 0xff]) {
                out.write(map == null ? x : map[x & 0xff]);
            }
        }
        return new PyBytes(out.toByteArray());
    }

    static PyBytes bytesArg(Object o) {
        if (o instanceof PyBytes b) {
            return b;
        } else if (o instanceof PyByteArray b) {
            return b.snapshot();
        }
        throw new TypeError("a bytes-like object is required, not '" + Py.typeName(o) + "'");
    }

    private static Object strMethod(String s, String name, Object[] a, String[] kw) {
        int n = a.length - kw.length;
        return switch (name) {
            case "upper" -> Strs.upper(s);
            case "lower" -> Strs.lower(s);
            case "casefold" -> Strs.casefold(s);
            case "swapcase" -> Strs.swapcase(s);
            case "capitalize" -> Strs.capitalize(s);
            case "title" -> Strs.title(s);
            case "strip" -> n == 0 || a[0] == null ? Strs.strip(s) : Strs.strip(s, s(a[0], "strip"));
            case "lstrip" -> n == 0 || a[0] == null ? Strs.lstrip(s) : Strs.lstrip(s, s(a[0], "lstrip"));
            case "rstrip" -> n == 0 || a[0] == null ? Strs.rstrip(s) : Strs.rstrip(s, s(a[0], "rstrip"));
            case "split" -> {
                Object sep = n > 0 ? a[0] : Args.kw(a, kw, "sep", null);
                Object max = n > 1 ? a[1] : Args.kw(a, kw, "maxsplit", -1L);
                yield sep == null ? (i(max) < 0 ? Strs.split(s) : Strs.split(s, null, i(max)))
                        : Strs.split(s, sep(sep), i(max));
            }
            case "rsplit" -> {
                Object sep = n > 0 ? a[0] : Args.kw(a, kw, "sep", null);
                Object max = n > 1 ? a[1] : Args.kw(a, kw, "maxsplit", -1L);
                yield Strs.rsplit(s, sep == null ? null : sep(sep), i(max));
            }
            case "splitlines" -> Strs.splitlines(s, n > 0 ? Rt.truthy(a[0]) : Rt.truthy(Args.kw(a, kw, "keepends", false)));
            case "join" -> {
                Args.exact("str.join", a, kw, 1);
                yield Strs.join(s, Rt.iterable(a[0]));
            }
            case "partition" -> Strs.partition(s, sub(a[0]));
            case "rpartition" -> Strs.rpartition(s, sub(a[0]));
            case "find" -> n > 1 ? Strs.find(s, sub(a[0]), optLong(a, 1), optLong(a, 2)) : Strs.find(s, sub(a[0]));
            case "rfind" -> n > 1 ? rfindIn(s, sub(a[0]), optLong(a, 1), optLong(a, 2))
                    : Strs.rfind(s, sub(a[0]));
            case "index" -> n > 1 ? found(Strs.find(s, sub(a[0]), optLong(a, 1), optLong(a, 2)))
                    : Strs.index(s, sub(a[0]));
            case "rindex" -> n > 1 ? found(rfindIn(s, sub(a[0]), optLong(a, 1), optLong(a, 2)))
                    : Strs.rindex(s, sub(a[0]));
            case "count" -> n > 1 ? countIn(s, sub(a[0]), optLong(a, 1), optLong(a, 2))
                    : Strs.count(s, sub(a[0]));
            case "startswith" -> n > 1 ? affixIn(s, name, a) : Strs.startswith(s, a[0]);
            case "endswith" -> n > 1 ? affixIn(s, name, a) : Strs.endswith(s, a[0]);
            case "replace" -> n > 2 ? Strs.replace(s, replaceArg(1, a[0]), replaceArg(2, a[1]), i(a[2]))
                    : Strs.replace(s, replaceArg(1, a[0]), replaceArg(2, a[1]));
            case "removeprefix" -> Strs.removeprefix(s, strArg("removeprefix", a[0]));
            case "removesuffix" -> Strs.removesuffix(s, strArg("removesuffix", a[0]));
            case "isdigit" -> Strs.isdigit(s);
            case "isdecimal" -> Strs.isdecimal(s);
            case "isnumeric" -> Strs.isnumeric(s);
            case "isalpha" -> Strs.isalpha(s);
            case "isalnum" -> Strs.isalnum(s);
            case "isspace" -> Strs.isspace(s);
            case "isascii" -> Strs.isascii(s);
            case "isupper" -> Strs.isupper(s);
            case "islower" -> Strs.islower(s);
            case "istitle" -> Strs.istitle(s);
            case "isidentifier" -> Strs.isidentifier(s);
            case "isprintable" -> Strs.isprintable(s);
            case "center" -> n > 1 ? Strs.center(s, i(a[0]), fill(a[1])) : Strs.center(s, i(a[0]));
            case "ljust" -> n > 1 ? Strs.ljust(s, i(a[0]), fill(a[1])) : Strs.ljust(s, i(a[0]));
            case "rjust" -> n > 1 ? Strs.rjust(s, i(a[0]), fill(a[1])) : Strs.rjust(s, i(a[0]));
            case "zfill" -> Strs.zfill(s, i(a[0]));
            case "expandtabs" -> Strs.expandtabs(s, n > 0 ? i(a[0]) : 8);
            case "encode" -> {
                Args.onlyKw("encode", kw, "encoding", "errors");
                Object enc = n > 0 ? a[0] : Args.kw(a, kw, "encoding", "utf-8");
                Object err = n > 1 ? a[1] : Args.kw(a, kw, "errors", "strict");
                yield Strs.encode(s, strArg("encode", "encoding", enc), strArg("encode", "errors", err));
            }
            case "translate" -> {
                Args.exact("translate", a, kw, 1);
                yield translate(s, a[0]);
            }
            case "format" -> {
                List<Object> pos = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    pos.add(a[k]);
                }
                Map<String, Object> kws = new java.util.LinkedHashMap<>();
                for (int k = 0; k < kw.length; k++) {
                    kws.put(kw[k], a[n + k]);
                }
                yield PyFormat.strFormat(s, pos, kws, FORMAT_FIELDS);
            }
            case "format_map" -> formatMap(s, a[0]);
            default -> throw noMethod(s, name);
        };
    }

    /**
     * {@code s.format_map(mapping)}: each named field is {@code mapping[name]}, so that a dict subclass's
     * {@code __missing__} or any object's {@code __getitem__} answers; positional fields are an error.
     */
    private static String formatMap(String s, Object mapping) {
        Map<String, Object> fields = new java.util.AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return true;
            }

            @Override
            public Object get(Object key) {
                return Rt.getItem(mapping, key);
            }

            @Override
            public java.util.Set<Map.Entry<String, Object>> entrySet() {
                throw new UnsupportedOperationException();
            }
        };
        List<Object> noPositional = new java.util.AbstractList<>() {
            @Override
            public Object get(int index) {
                throw new ValueError("Format string contains positional fields");
            }

            @Override
            public int size() {
                // every index is in range, so that get reports CPython's error
                return Integer.MAX_VALUE;
            }
        };
        return PyFormat.strFormat(s, noPositional, fields, FORMAT_FIELDS);
    }

    /**
     * {@code c.update(iterable_or_mapping=None, /, **counts)} and {@code c.subtract(...)}, also what
     * {@code Counter(...)} runs: a mapping adds (subtracts) its values, any other iterable one per item, then the
     * keyword counts.
     */
    @SuppressWarnings("unchecked")
    static void counterUpdate(io.portalis.pylib.stdlib.Counter<Object> c, String name, Object[] a, String[] kw) {
        int n = a.length - kw.length;
        if (n > 1) {
            throw new TypeError("Counter." + name + "() takes from 1 to 2 positional arguments but " + (n + 1)
                    + " were given");
        }
        boolean add = !name.equals("subtract");
        if (n == 1 && a[0] != null) {
            if (a[0] instanceof PyDict<?, ?> d) {
                if (add) {
                    c.updateCounts((PyDict<Object, ?>) d);
                } else {
                    c.subtractCounts((PyDict<Object, ?>) d);
                }
            } else if (add) {
                c.update(Rt.iterable(a[0]));
            } else {
                c.subtract(Rt.iterable(a[0]));
            }
        }
        if (kw.length > 0) {
            PyDict<Object, Object> counts = new PyDict<>();
            for (int j = 0; j < kw.length; j++) {
                counts.setItem(kw[j], a[n + j]);
            }
            if (add) {
                c.updateCounts(counts);
            } else {
                c.subtractCounts(counts);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object listMethod(PyList<?> list, String name, Object[] a, String[] kw) {
        PyList<Object> l = (PyList<Object>) list;
        int n = a.length - kw.length;
        switch (name) {
            case "append" -> {
                Args.exact("list.append", a, kw, 1);
                l.append(a[0]);
                return null;
            }
            case "extend" -> {
                Args.exact("list.extend", a, kw, 1);
                l.extend(Rt.iterable(a[0]));
                return null;
            }
            case "insert" -> {
                Args.noKw("insert", kw);
                if (a.length != 2) {
                    throw new TypeError("insert expected 2 arguments, got " + a.length);
                }
                l.insert(i(a[0]), a[1]);
                return null;
            }
            case "pop" -> {
                Args.range("pop", a, kw, 0, 1);
                return n == 0 ? l.pop() : l.pop(i(a[0]));
            }
            case "remove" -> {
                Args.exact("list.remove", a, kw, 1);
                l.remove(a[0]);
                return null;
            }
            case "index" -> {
                Args.range("index", a, kw, 1, 3);
                return a.length > 1 ? sequenceIndex(l, a) : l.index(a[0]);
            }
            case "count" -> {
                Args.exact("list.count", a, kw, 1);
                return l.count(a[0]);
            }
            case "reverse" -> {
                noArgs("list.reverse", a, kw);
                l.reverse();
                return null;
            }
            case "copy" -> {
                noArgs("list.copy", a, kw);
                return l.copy();
            }
            case "clear" -> {
                noArgs("list.clear", a, kw);
                l.clear();
                return null;
            }
            case "sort" -> {
                Args.onlyKw("sort", kw, "key", "reverse");
                if (n > 0) {
                    throw new TypeError("sort() takes no positional arguments");
                }
                Object key = Args.kw(a, kw, "key", null);
                boolean rev = Rt.truthy(Args.kw(a, kw, "reverse", false));
                l.sort(key == null ? null : keyFn(key), rev);
                return null;
            }
            default -> throw noMethod(l, name);
        }
    }

    /** Checks a call of a built-in method that takes no arguments, with CPython's messages. */
    private static void noArgs(String fn, Object[] a, String[] kw) {
        Args.noKw(fn, kw);
        if (a.length > 0) {
            throw new TypeError(fn + "() takes no arguments (" + a.length + " given)");
        }
    }

    /** {@code seq.index(x, start[, stop])}. */
    private static long sequenceIndex(List<?> seq, Object[] a) {
        int n = seq.size();
        long start = Rt.index(a[1]);
        long stop = a.length > 2 ? Rt.index(a[2]) : n;
        start = start < 0 ? Math.max(0, start + n) : Math.min(start, n);
        stop = stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
        for (long i = start; i < stop; i++) {
            if (Rt.eq(seq.get((int) i), a[0])) {
                return i;
            }
        }
        throw new ValueError(seq instanceof PyTuple ? "tuple.index(x): x not in tuple" : Py.repr(a[0]) + " is not in list");
    }

    static Function<Object, Object> keyFn(Object key) {
        return key == null ? null : x -> Rt.call(key, x);
    }

    @SuppressWarnings("unchecked")
    private static Object dictMethod(PyDict<?, ?> dict, String name, Object[] a, String[] kw) {
        PyDict<Object, Object> d = (PyDict<Object, Object>) dict;
        int n = a.length - kw.length;
        switch (name) {
            case "get" -> {
                Args.range("get", a, kw, 1, 2);
                return n > 1 ? d.get(a[0], a[1]) : d.get(a[0]);
            }
            case "keys" -> {
                return d.keys();
            }
            case "fromkeys" -> {
                // a class method, reached through an instance
                Args.range("fromkeys", a, kw, 1, 2);
                return PyDict.fromkeys(Rt.iterable(a[0]), n > 1 ? a[1] : null);
            }
            case "values" -> {
                return d.values();
            }
            case "items" -> {
                return d.items();
            }
            case "pop" -> {
                return n > 1 ? d.pop(a[0], a[1]) : d.pop(a[0]);
            }
            case "popitem" -> {
                return d.popitem();
            }
            case "setdefault" -> {
                return d.setdefault(a[0], n > 1 ? a[1] : null);
            }
            case "update" -> {
                if (n > 0) {
                    if (a[0] instanceof PyDict<?, ?> o) {
                        d.update((PyDict<Object, Object>) o);
                    } else {
                        d.updatePairs(Rt.iterable(a[0]));
                    }
                }
                for (int k = 0; k < kw.length; k++) {
                    d.setItem(kw[k], a[n + k]);
                }
                return null;
            }
            case "clear" -> {
                d.clear();
                return null;
            }
            case "copy" -> {
                return d.copy();
            }
            default -> throw noMethod(d, name);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object setMethod(PySetBase<?> set, String name, Object[] a, String[] kw) {
        PySetBase<Object> s = (PySetBase<Object>) set;
        switch (name) {
            case "union" -> {
                PySetBase<Object> r = s;
                for (Object o : a) {
                    r = r.union(Rt.iterable(o));
                }
                return a.length == 0 ? copyOf(s) : r;
            }
            case "intersection" -> {
                PySetBase<Object> r = copyOf(s);
                for (Object o : a) {
                    r = r.intersection(asSet(o));
                }
                return r;
            }
            case "difference" -> {
                PySetBase<Object> r = copyOf(s);
                for (Object o : a) {
                    r = r.difference(asSet(o));
                }
                return r;
            }
            case "symmetric_difference" -> {
                return s.symmetricDifference((PySetBase<Object>) asSet(a[0]));
            }
            case "issubset" -> {
                return s.issubset(asSet(a[0]));
            }
            case "issuperset" -> {
                return s.issuperset(asSet(a[0]));
            }
            case "isdisjoint" -> {
                return s.isdisjoint(asSet(a[0]));
            }
            case "copy" -> {
                return copyOf(s);
            }
            default -> {
                if (!(s instanceof PySet<Object> m)) {
                    throw noMethod(s, name);
                }
                switch (name) {
                    case "add" -> m.add(a[0]);
                    case "remove" -> m.remove(a[0]);
                    case "discard" -> m.discard(a[0]);
                    case "pop" -> {
                        return m.pop();
                    }
                    case "clear" -> m.clear();
                    case "update" -> {
                        for (Object o : a) {
                            m.update(Rt.iterable(o));
                        }
                    }
                    case "difference_update" -> {
                        for (Object o : a) {
                            m.differenceUpdate(Rt.iterable(o));
                        }
                    }
                    case "intersection_update" -> {
                        for (Object o : a) {
                            m.intersectionUpdate(asSet(o));
                        }
                    }
                    default -> throw noMethod(s, name);
                }
                return null;
            }
        }
    }

    private static PySetBase<Object> copyOf(PySetBase<Object> s) {
        return s instanceof PySet<Object> m ? m.copy() : s;
    }

    private static PySetBase<?> asSet(Object o) {
        return o instanceof PySetBase<?> s ? s : new PySet<>(Rt.iterable(o));
    }
}
