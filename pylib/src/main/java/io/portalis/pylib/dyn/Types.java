package io.portalis.pylib.dyn;

import io.portalis.pylib.*;
import io.portalis.pylib.stdlib.JsonModule;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The built-in types as class objects, for {@code isinstance}, {@code except}, {@code type(x)} and calls. */
public final class Types {
    private static final Map<String, PyType> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, PyType> OTHER = new java.util.concurrent.ConcurrentHashMap<>();
    /** Classes of the standard library's modules, by the type name their values report. */
    private static final Map<Class<?>, PyType> LIBRARY = new java.util.HashMap<>();

    /** {@code object}. */
    public static final PyType OBJECT = reg(PyType.builtin("object", null, v -> true, (a, k) -> {
        Args.exact("object", a, k, 0);
        return new PyInstance(Types.OBJECT);
    }));
    /** {@code int}. */
    public static final PyType INT = reg(PyType.builtin("int", OBJECT, Ints::isInt, (a, k) -> {
        Args.onlyKw("int", k, "base");
        int n = a.length - k.length;
        if (n > 2) {
            throw new TypeError("int() takes at most 2 arguments (" + n + " given)");
        }
        Object base = n > 1 ? a[1] : Args.kw(a, k, "base", null);
        if (base == null) {
            return n == 0 ? 0L : Builtins.toInt(a[0]);
        }
        if (n == 0) {
            throw new TypeError("int() missing string argument");
        }
        if (!(a[0] instanceof String text)) {
            throw new TypeError("int() can't convert non-string with explicit base");
        }
        return Builtins.toInt(text, Ints.toLong(base));
    }));
    /** {@code bool}. */
    public static final PyType BOOL = reg(PyType.builtin("bool", INT, v -> v instanceof Boolean,
            (a, k) -> {
                Args.range("bool", a, k, 0, 1);
                return a.length == 0 ? false : Rt.truthy(a[0]);
            }));
    /** {@code float}. */
    public static final PyType FLOAT = reg(PyType.builtin("float", OBJECT, v -> v instanceof Double,
            (a, k) -> {
                Args.range("float", a, k, 0, 1);
                return a.length == 0 ? 0.0 : Builtins.toFloat(a[0]);
            }));
    /** {@code complex}. */
    public static final PyType COMPLEX = reg(PyType.builtin("complex", OBJECT, v -> v instanceof PyComplex,
            Types::newComplex));
    /** {@code str}. */
    public static final PyType STR = reg(PyType.builtin("str", OBJECT, v -> v instanceof String,
            (a, k) -> a.length == 0 ? "" : Rt.str(a[0])));
    /** {@code list}. */
    public static final PyType LIST = reg(PyType.builtin("list", OBJECT, v -> v instanceof PyList<?>,
            (a, k) -> a.length == 0 ? new PyList<>() : new PyList<>(Rt.iterable(a[0]))));
    /** {@code tuple}. */
    public static final PyType TUPLE = reg(PyType.builtin("tuple", OBJECT, v -> v instanceof PyTuple || v instanceof io.portalis.pylib.stdlib.NamedTuple,
            (a, k) -> a.length == 0 ? PyTuple.of() : PyTuple.from(Rt.iterable(a[0]))));
    /** {@code dict}. */
    public static final PyType DICT = reg(PyType.builtin("dict", OBJECT, v -> v instanceof PyDict<?, ?>, Types::newDict));
    /** {@code set}. */
    public static final PyType SET = reg(PyType.builtin("set", OBJECT, v -> v instanceof PySet<?>,
            (a, k) -> a.length == 0 ? new PySet<>() : new PySet<>(Rt.iterable(a[0]))));
    /** {@code frozenset}. */
    public static final PyType FROZENSET = reg(PyType.builtin("frozenset", OBJECT, v -> v instanceof PyFrozenSet<?>,
            (a, k) -> a.length == 0 ? new PyFrozenSet<>() : new PyFrozenSet<>(Rt.iterable(a[0]))));
    /** {@code bytes}. */
    public static final PyType BYTES = reg(PyType.builtin("bytes", OBJECT, v -> v instanceof PyBytes,
            (a, k) -> byteSource("bytes", a, k)));
    public static final PyType BYTEARRAY = reg(PyType.builtin("bytearray", OBJECT, v -> v instanceof PyByteArray,
            (a, k) -> PyByteArray.of(byteSource("bytearray", a, k))));
    /** {@code range}. */
    public static final PyType RANGE = reg(PyType.builtin("range", OBJECT, v -> v instanceof PyRange,
            (a, k) -> Rt.range(a)));
    /** {@code NoneType}. */
    public static final PyType NONE = reg(PyType.builtin("NoneType", OBJECT, v -> v == null, (a, k) -> null));
    /** {@code type}. */
    public static final PyType TYPE = reg(PyType.builtin("type", OBJECT, v -> v instanceof PyType, (a, k) -> {
        Args.noKw("type", k);
        if (a.length == 3) {
            return newClass(a[0], a[1], a[2], Types.TYPE);
        }
        if (a.length != 1) {
            throw new TypeError("type() takes 1 or 3 arguments");
        }
        return Rt.type(a[0]);
    }));
    /** {@code function}. */
    public static final PyType FUNCTION = reg(PyType.builtin("function", OBJECT, v -> v instanceof PyFunction,
            (a, k) -> {
                throw new TypeError("cannot create 'function' instances");
            }));

    /** {@code slice}. */
    public static final PyType SLICE = reg(PyType.builtin("slice", OBJECT, v -> v instanceof PySlice, (a, k) -> switch (a.length) {
        case 1 -> new PySlice(null, a[0], null);
        case 2 -> new PySlice(a[0], a[1], null);
        default -> new PySlice(a[0], a[1], a[2]);
    }));
    /** {@code property}. */
    public static final PyType PROPERTY = reg(PyType.builtin("property", OBJECT, v -> v instanceof Decorators.Property,
            Types::newProperty));
    /** {@code staticmethod}. */
    public static final PyType STATICMETHOD = reg(PyType.builtin("staticmethod", OBJECT,
            v -> v instanceof Decorators.StaticMethod,
            (a, k) -> new Decorators.StaticMethod(wrappedFunction("staticmethod", a, k))));
    /** {@code classmethod}. */
    public static final PyType CLASSMETHOD = reg(PyType.builtin("classmethod", OBJECT,
            v -> v instanceof Decorators.ClassMethod,
            (a, k) -> new Decorators.ClassMethod(wrappedFunction("classmethod", a, k))));
    /** {@code collections.deque}. */
    public static final PyType DEQUE = library("collections", "deque", OBJECT,
            io.portalis.pylib.stdlib.Deque.class, StdModules::newDeque);
    /** {@code random.Random}: its values are {@link io.portalis.pylib.stdlib.PyRandom}s. */
    public static final PyType RANDOM = library("random", "Random", OBJECT,
            io.portalis.pylib.stdlib.PyRandom.class, RandomMethods::construct);
    /** {@code collections.Counter}. */
    public static final PyType COUNTER = library("collections", "Counter", DICT,
            io.portalis.pylib.stdlib.Counter.class, StdModules::newCounter);
    /** {@code collections.defaultdict}. */
    public static final PyType DEFAULTDICT = library("collections", "defaultdict", DICT,
            io.portalis.pylib.stdlib.DefaultDict.class, StdModules::newDefaultDict);
    /** {@code collections.OrderedDict}, with its class method {@code fromkeys}. */
    public static final PyType ORDERED_DICT = library("collections", "OrderedDict", DICT,
            io.portalis.pylib.stdlib.OrderedDict.class, StdModules::newOrderedDict);

    static {
        ORDERED_DICT.dict().put("fromkeys", new Decorators.StaticMethod((PyCallable) StdModules::orderedDictFromKeys));
    }

    /** {@code method}. */
    public static final PyType METHOD = reg(PyType.builtin("method", OBJECT, v -> v instanceof BoundMethod,
            (a, k) -> new BoundMethod(a[1], a[0])));
    /** {@code generator}. */
    public static final PyType GENERATOR = reg(PyType.builtin("generator", OBJECT, v -> v instanceof PyGenerator,
            (a, k) -> {
                throw new TypeError("cannot create 'generator' instances");
            }));
    /** {@code module}. */
    public static final PyType MODULE = reg(PyType.builtin("module", OBJECT, v -> v instanceof PyModule,
            (a, k) -> new PyModule((String) a[0])));

    /** {@code BaseException}. */
    public static final PyType BASE_EXCEPTION = exc("BaseException", OBJECT, PyBaseException.class, PyBaseException::new);
    /** {@code SystemExit}. */
    public static final PyType SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION, SystemExit.class, SystemExit::new);
    /** {@code KeyboardInterrupt}. */
    public static final PyType KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION, KeyboardInterrupt.class,
            KeyboardInterrupt::new);
    /** {@code GeneratorExit}. */
    public static final PyType GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION, GeneratorExit.class,
            GeneratorExit::new);
    /** {@code Exception}. */
    public static final PyType EXCEPTION = exc("Exception", BASE_EXCEPTION, PyException.class, PyException::new);

    /** {@code OSError}, whose subclasses in the program read errno and file names as it does. */
    static final PyType OS_ERROR;

    /** {@code KeyError}, whose subclasses in the program print their one argument's repr as it does. */
    static final PyType KEY_ERROR;

    /** {@code ImportError}, whose subclasses in the program have msg, name and path as it has. */
    static final PyType IMPORT_ERROR;

    /** {@code json.JSONDecodeError}, a ValueError. */
    static final PyType JSON_DECODE_ERROR;

    static {
        exc("StopIteration", EXCEPTION, StopIteration.class, StopIteration::new);
        exc("StopAsyncIteration", EXCEPTION, StopAsyncIteration.class, StopAsyncIteration::new);
        PyType arith = exc("ArithmeticError", EXCEPTION, ArithmeticError.class, ArithmeticError::new);
        exc("ZeroDivisionError", arith, ZeroDivisionError.class, ZeroDivisionError::new);
        exc("OverflowError", arith, OverflowError.class, OverflowError::new);
        exc("AssertionError", EXCEPTION, PyAssertionError.class, PyAssertionError::new);
        exc("AttributeError", EXCEPTION, AttributeError.class, AttributeError::new);
        exc("EOFError", EXCEPTION, EOFError.class, EOFError::new);
        IMPORT_ERROR = importError("ImportError", EXCEPTION, ImportError.class, ImportError::new);
        importError("ModuleNotFoundError", IMPORT_ERROR, ModuleNotFoundError.class, ModuleNotFoundError::new);
        PyType lookup = exc("LookupError", EXCEPTION, LookupError.class, LookupError::new);
        exc("IndexError", lookup, IndexError.class, IndexError::new);
        KEY_ERROR = exc("KeyError", lookup, KeyError.class, KeyError::new);
        exc("MemoryError", EXCEPTION, MemoryError.class, MemoryError::new);
        PyType name = exc("NameError", EXCEPTION, NameError.class, NameError::new);
        exc("UnboundLocalError", name, UnboundLocalError.class, UnboundLocalError::new);
        PyType os = exc("OSError", EXCEPTION, OSError.class, OSError::of);
        OS_ERROR = os;
        exc("FileNotFoundError", os, FileNotFoundError.class, FileNotFoundError::new);
        exc("TimeoutError", os, TimeoutError.class, TimeoutError::new);
        exc("PermissionError", os, PermissionError.class, PermissionError::new);
        exc("FileExistsError", os, FileExistsError.class, FileExistsError::new);
        exc("IsADirectoryError", os, IsADirectoryError.class, IsADirectoryError::new);
        exc("NotADirectoryError", os, NotADirectoryError.class, NotADirectoryError::new);
        exc("InterruptedError", os, InterruptedError.class, InterruptedError::new);
        exc("BlockingIOError", os, BlockingIOError.class, BlockingIOError::new);
        exc("ChildProcessError", os, ChildProcessError.class, ChildProcessError::new);
        exc("ProcessLookupError", os, ProcessLookupError.class, ProcessLookupError::new);
        PyType connection = exc("ConnectionError", os, ConnectionError.class, ConnectionError::new);
        exc("BrokenPipeError", connection, BrokenPipeError.class, BrokenPipeError::new);
        exc("ConnectionAbortedError", connection, ConnectionAbortedError.class, ConnectionAbortedError::new);
        exc("ConnectionRefusedError", connection, ConnectionRefusedError.class, ConnectionRefusedError::new);
        exc("ConnectionResetError", connection, ConnectionResetError.class, ConnectionResetError::new);
        PyType runtime = exc("RuntimeError", EXCEPTION, RuntimeError.class, RuntimeError::new);
        exc("NotImplementedError", runtime, NotImplementedError.class, NotImplementedError::new);
        exc("RecursionError", runtime, RecursionError.class, RecursionError::new);
        exc("TypeError", EXCEPTION, TypeError.class, TypeError::new);
        PyType value = exc("ValueError", EXCEPTION, ValueError.class, ValueError::new);
        PyType unicode = exc("UnicodeError", value, UnicodeError.class, UnicodeError::new);
        exc("UnicodeDecodeError", unicode, UnicodeDecodeError.class, UnicodeDecodeError::new);
        exc("UnicodeEncodeError", unicode, UnicodeEncodeError.class, UnicodeEncodeError::new);
        JSON_DECODE_ERROR = library("json.decoder", "JSONDecodeError", value, JsonModule.JSONDecodeError.class,
                (a, k) -> {
                    Args.exact("JSONDecodeError", a, k, 3);
                    return new JsonModule.JSONDecodeError(Rt.str(a[0]), Rt.str(a[1]), (int) Rt.index(a[2]));
                });
    }

    private Types() {
    }

    private static PyType reg(PyType t) {
        BY_NAME.put(t.name(), t);
        return t;
    }

    private static PyType exc(String name, PyType base, Class<? extends PyBaseException> cls,
            Function<Object[], PyBaseException> ctor) {
        return reg(PyType.builtin(name, base, v -> cls.isInstance(v) && !(v instanceof UserException), (a, k) -> {
            Args.noKw(name, k);
            return ctor.apply(a);
        }));
    }

    /** {@code ImportError(*args, name=None, path=None)} and its subclass. */
    private static PyType importError(String name, PyType base, Class<? extends ImportError> cls,
            Function<Object[], ImportError> ctor) {
        return reg(PyType.builtin(name, base, v -> cls.isInstance(v) && !(v instanceof UserException), (a, k) -> {
            ImportError e = ctor.apply(Arrays.copyOf(a, a.length - k.length));
            e.attributes().init(a, k);
            return e;
        }));
    }

    /**
     * {@code type(name, bases, namespace)}: a new class, as a class statement with that body (and that metaclass,
     * {@code type} or {@code abc.ABCMeta}) would make it.
     *
     * @throws TypeError when the name is not a str, the bases not a tuple or the namespace not a dict (CPython's
     *     messages)
     * @throws NotImplementedError for a namespace key that is not a str
     */
    static PyType newClass(Object name, Object bases, Object namespace, PyType metaclass) {
        if (!(name instanceof String n)) {
            throw new TypeError("type.__new__() argument 1 must be str, not " + Py.typeName(name));
        }
        if (!(bases instanceof PyTuple b)) {
            throw new TypeError("type.__new__() argument 2 must be tuple, not " + Py.typeName(bases));
        }
        if (!(namespace instanceof PyDict<?, ?> d)) {
            throw new TypeError("type.__new__() argument 3 must be dict, not " + Py.typeName(namespace));
        }
        Map<String, Object> ns = new LinkedHashMap<>();
        d.forEachItem((key, value) -> {
            if (!(key instanceof String s)) {
                // CPython keeps such a key in the class's __dict__, where no attribute lookup can find it
                throw new NotImplementedError("type() with a namespace key that is not a str is not supported");
            }
            ns.put(s, value);
        });
        // the module of the code calling type.__new__: ABCMeta.__new__ is code of module abc
        ns.putIfAbsent("__module__", metaclass == AbcModule.ABC_META ? "abc" : "__main__");
        return PyType.create(n, b.toArray(), ns, metaclass);
    }

    /**
     * The content {@code bytes(...)} and {@code bytearray(...)} start from: nothing, a count of zero bytes, a str
     * with its encoding, or a bytes-like or iterable of ints.
     */
    private static PyBytes byteSource(String type, Object[] a, String[] k) {
        Args.onlyKw(type, k, "source", "encoding", "errors");
        int n = a.length - k.length;
        Object source = n > 0 ? a[0] : Args.kw(a, k, "source", Rt.MISSING);
        Object encoding = n > 1 ? a[1] : Args.kw(a, k, "encoding", null);
        Object errors = n > 2 ? a[2] : Args.kw(a, k, "errors", null);
        if (source instanceof String text) {
            if (encoding == null) {
                throw new TypeError("string argument without an encoding");
            }
            return Codecs.encode(text, (String) encoding, errors == null ? "strict" : (String) errors);
        }
        if (encoding != null || errors != null) {
            throw new TypeError((encoding != null ? "encoding" : "errors") + " without a string argument");
        }
        if (source == Rt.MISSING) {
            return new PyBytes(new byte[0]);
        } else if (source instanceof PyBytes b) {
            return b;
        } else if (source instanceof PyByteArray b) {
            return b.snapshot();
        } else if (Ints.isInt(source) || source instanceof Instance i && i.type().lookup("__index__") != Rt.MISSING) {
            Object count = Rt.asIndex(source);
            if (count instanceof BigInteger) {
                throw new OverflowError("cannot fit 'int' into an index-sized integer");
            } else if (Ints.toLong(count) < 0) {
                throw new ValueError("negative count");
            }
            return new PyBytes(new byte[Math.toIntExact(Ints.toLong(count))]);
        } else if (source == null || source instanceof Double || source instanceof PyComplex
                || source instanceof Instance i && i.type().lookup("__iter__") == Rt.MISSING
                && i.type().lookup("__getitem__") == Rt.MISSING) {
            // CPython converts a count (an int or an object with __index__), a buffer or an iterable of ints
            throw new TypeError("cannot convert '" + Py.typeName(source) + "' object to " + type);
        }
        // an int out of range is "bytes must be in range(0, 256)" for bytes, "byte must be ..." for bytearray
        Iterable<Object> ints = Rt.iterable(source);
        return type.equals("bytes") ? PyBytes.fromInts(ints) : PyByteArray.of(ints).snapshot();
    }

    private static Object newComplex(Object[] a, String[] k) {
        Args.onlyKw("complex", k, "real", "imag");
        int n = a.length - k.length;
        if (n > 2) {
            throw new TypeError("complex() takes at most 2 arguments (" + n + " given)");
        }
        Object re = number(n > 0 ? a[0] : Args.kw(a, k, "real", 0L), true);
        Object im = number(n > 1 ? a[1] : Args.kw(a, k, "imag", Rt.MISSING), false);
        return PyComplex.construct(re, im, im != Rt.MISSING);
    }

    /**
     * An instance as the number {@code complex()} takes it for: its {@code __complex__} (first argument only), else
     * its {@code __float__} or {@code __index__}.
     */
    private static Object number(Object v, boolean first) {
        if (!(v instanceof Instance)) {
            return v;
        }
        Object c = first ? Rt.dunder(v, "__complex__") : Rt.MISSING;
        if (c != Rt.MISSING) {
            if (!(c instanceof PyComplex)) {
                throw new TypeError("__complex__ returned non-complex (type " + Py.typeName(c) + ")");
            }
            return c;
        }
        Object f = Rt.dunder(v, "__float__");
        if (f != Rt.MISSING) {
            return f;
        }
        Object i = Rt.dunder(v, "__index__");
        return i != Rt.MISSING ? i : v;
    }

    private static Object newDict(Object[] a, String[] k) {
        int npos = a.length - k.length;
        if (npos > 1) {
            throw new TypeError("dict expected at most 1 argument, got " + npos);
        }
        PyDict<Object, Object> d = npos == 0 ? new PyDict<>() : Builtins.dict(a[0]);
        for (int i = 0; i < k.length; i++) {
            d.setItem(k[i], a[npos + i]);
        }
        return d;
    }

    /**
     * A class that a standard module defines in C or Python, kept apart from the built-in names: its {@code
     * __module__} is the module's, and {@code type(v)} finds it by the Java class of its values.
     */
    private static PyType library(String module, String name, PyType base, Class<?> values, PyCallable ctor) {
        PyType t = PyType.builtin(name, base, values::isInstance, ctor);
        t.dict().put("__module__", module);
        LIBRARY.put(values, t);
        return t;
    }

    /**
     * A built-in type by name.
     *
     * @param name the Python name, such as {@code ValueError}
     * @return the type, or null when there is none
     */
    public static PyType named(String name) {
        return BY_NAME.get(name);
    }

    /** {@code property(fget=None, fset=None, fdel=None, doc=None)}; the doc string is not kept. */
    private static Object newProperty(Object[] a, String[] k) {
        List<String> params = List.of("fget", "fset", "fdel", "doc");
        Args.onlyKw("property", k, params.toArray(String[]::new));
        int n = a.length - k.length;
        if (n > params.size()) {
            throw new TypeError("property() takes at most 4 arguments (" + n + " given)");
        }
        Object[] values = Arrays.copyOf(a, params.size());
        Arrays.fill(values, n, values.length, null);
        for (int i = 0; i < k.length; i++) {
            int at = params.indexOf(k[i]);
            if (at < n) {
                throw new TypeError("argument for property() given by name ('" + k[i] + "') and position ("
                        + (at + 1) + ")");
            }
            values[at] = a[n + i];
        }
        return new Decorators.Property(values[0], values[1], values[2]);
    }

    /** The one function {@code staticmethod(f)} or {@code classmethod(f)} wraps. */
    private static Object wrappedFunction(String fn, Object[] a, String[] k) {
        Args.noKw(fn, k);
        if (a.length != 1) {
            throw new TypeError(fn + " expected 1 argument, got " + a.length);
        }
        return a[0];
    }

    /**
     * The Python class of a built-in exception value (or of any built-in value), by its type name.
     *
     * @param v the value
     * @return its class
     */
    static PyType ofBuiltin(Object v) {
        if (v instanceof PyType c && c.abcMeta()) {
            return AbcModule.ABC_META;
        }
        String typeName;
        if (v instanceof PyBaseException e) {
            typeName = e.pythonTypeName();
        } else if (v instanceof Decorators.Property) {
            typeName = "property";
        } else if (v instanceof Decorators.StaticMethod) {
            typeName = "staticmethod";
        } else if (v instanceof Decorators.ClassMethod) {
            typeName = "classmethod";
        } else {
            typeName = Py.typeName(v);
        }
        PyType t = BY_NAME.get(typeName);
        if (t == null) {
            t = LIBRARY.get(v.getClass());
        }
        if (t != null) {
            return t;
        }
        // a built-in type programs reach only through type(v) (zip, list_reverseiterator, dict_keys...)
        String name = Py.typeName(v);
        return OTHER.computeIfAbsent(name, n -> {
            // messages name a module's type in full ('itertools.count'); the class is 'count' of module itertools
            int dot = n.lastIndexOf('.');
            PyType other = PyType.builtin(n.substring(dot + 1), OBJECT, x -> Py.typeName(x).equals(n), (a, k) -> {
                throw new TypeError("cannot create '" + n + "' instances");
            });
            if (dot > 0) {
                other.dict().put("__module__", n.substring(0, dot));
            }
            return other;
        });
    }
}
