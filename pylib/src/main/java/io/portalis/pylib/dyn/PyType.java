package io.portalis.pylib.dyn;

import io.portalis.pylib.PyObject;
import io.portalis.pylib.TypeError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A Python class: a built-in type, or a class defined by a translated program, with its bases, its method
 * resolution order (C3, as CPython computes it) and its namespace.
 */
public final class PyType implements PyCallable, PyObject {
    private final String name;
    private final List<PyType> bases;
    private final List<PyType> mro;
    private final Map<String, Object> dict = new ClassDict(this);
    /**
     * Bumped by every change to the namespace of this class or of any class in its MRO: a lookup cached at an older
     * version is stale. Read without synchronization, as the rest of a class is; translated programs mutate classes
     * from one thread.
     */
    int version;
    /** The classes whose MRO holds this one (built-in types excepted, whose namespaces never change). */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();
    /** The {@link #version} at which {@link #resolved} and the flags below were computed, or -1. */
    private int resolvedVersion = -1;
    /** Results of {@link #lookup} by name since {@link #resolvedVersion}, {@link Rt#MISSING} included. */
    private java.util.HashMap<String, Object> resolved;
    /** True iff some class in the MRO holds a property, whose getter or setter outranks the instance dict. */
    private boolean hasProperty;
    /** True iff the MRO defines {@code __setattr__}. */
    private boolean hasSetattr;
    /**
     * How many attributes an instance has needed room for at most, so that the next instance is allocated with
     * that room; read and written without synchronization, being only a hint.
     */
    int slotHint;
    /** The {@link #version} at which {@link #plainInit} was found, or -1. */
    private int plainVersion = -1;
    /** The {@code __init__} run by a call of this class that is plain construction, or null. */
    private PyFunction plainInit;
    /** The caches holding decisions for its instances that {@link #changed} flushes, or null. */
    private java.util.Set<LayoutCache> caches;
    /** The empty shape its instances start from: the root of the layouts of this class alone. */
    final Shape rootShape = Shape.root();
    /** Whether some instance has held a float or int attribute unboxed: the next one gets room for them. */
    boolean floatHint;
    private final Predicate<Object> builtinTest;
    private final PyCallable builtinCtor;
    private final boolean exception;
    /** Whether {@code abc.ABCMeta} is the metaclass: set once, as the class is created. */
    private boolean abcMeta;

    private PyType(String name, List<PyType> bases, Predicate<Object> builtinTest, PyCallable builtinCtor) {
        this.name = name;
        this.bases = List.copyOf(bases);
        this.builtinTest = builtinTest;
        this.builtinCtor = builtinCtor;
        this.mro = linearize(this, this.bases);
        boolean exc = false;
        for (PyType t : mro) {
            exc |= t.name.equals("BaseException") && t.builtinTest != null;
        }
        this.exception = exc;
        if (builtinTest == null) {
            for (PyType t : mro) {
                if (t != this && t.builtinTest == null) {
                    t.addSubclass(this);
                }
            }
        }
    }

    private void addSubclass(PyType sub) {
        if (Integer.bitCount(subclasses.size()) == 1) {
            // classes made in a loop come and go: drop the collected ones as the list doubles
            subclasses.removeIf(r -> r.get() == null);
        }
        subclasses.add(new java.lang.ref.WeakReference<>(sub));
    }

    /**
     * A built-in type.
     *
     * @param name its Python name
     * @param base its base, or null for {@code object}
     * @param test whether a Java value is an instance
     * @param ctor what calling the type does
     * @return the type
     */
    static PyType builtin(String name, PyType base, Predicate<Object> test, PyCallable ctor) {
        return new PyType(name, base == null ? List.of() : List.of(base), test, ctor);
    }

    /**
     * A class statement: creates the class with the namespace its body filled.
     *
     * @param name the class name
     * @param bases the base classes, in order
     * @param namespace the attributes the class body defined
     * @return the class
     * @throws TypeError when a base is not a class, or no consistent method resolution order exists
     */
    public static PyType create(String name, Object[] bases, Map<String, Object> namespace) {
        return create(name, bases, namespace, Types.TYPE);
    }

    /**
     * A class statement with a {@code metaclass} keyword: {@code type}, or {@code abc.ABCMeta}, the metaclasses
     * pylib provides. As in CPython, the class gets the most derived of it and its bases' metaclasses.
     *
     * @param name the class name
     * @param bases the base classes, in order
     * @param namespace the attributes the class body defined
     * @param metaclass the value of the keyword
     * @return the class
     * @throws TypeError when a base is not a class, or no consistent method resolution order exists
     * @throws io.portalis.pylib.NotImplementedError for another metaclass
     */
    public static PyType create(String name, Object[] bases, Map<String, Object> namespace, Object metaclass) {
        if (metaclass != Types.TYPE && metaclass != AbcModule.ABC_META) {
            throw new io.portalis.pylib.NotImplementedError("metaclass " + io.portalis.pylib.Py.repr(metaclass)
                    + " is not supported");
        }
        List<PyType> bs = new ArrayList<>();
        for (Object b : bases) {
            if (b instanceof Rt.TypingForm) {
                // a typing base such as Generic[T] only serves type checkers
                continue;
            }
            if (!(b instanceof PyType t)) {
                throw new TypeError("bases must be types");
            }
            if (t.builtinTest != null && !t.exception && t != Types.OBJECT) {
                throw new TypeError("subclassing built-in type '" + t.name + "' is not supported");
            }
            bs.add(t);
        }
        PyType t = new PyType(name, bs.isEmpty() ? List.of(Types.OBJECT) : bs, null, null);
        // a loop, not a stream: the first class of a program would initialize the JDK's stream classes
        boolean abc = metaclass == AbcModule.ABC_META;
        for (PyType b : bs) {
            abc |= b.abcMeta;
        }
        t.abcMeta = abc;
        t.dict.putAll(namespace);
        if (namespace.get("__new__") instanceof PyFunction f) {
            // type.__new__ makes a plain function __new__ a static method, so that instances do not bind it
            t.dict.put("__new__", new Decorators.StaticMethod(f));
        }
        if (Enums.isEnumClass(t)) {
            Enums.build(t);
        }
        if (t.dict.containsKey("__eq__") && !t.dict.containsKey("__hash__")) {
            // a class that defines __eq__ alone is unhashable, as in Python
            t.dict.put("__hash__", null);
        }
        AbcModule.created(t);
        return t;
    }

    private static List<PyType> linearize(PyType self, List<PyType> bases) {
        if (bases.size() == 1) {
            // what the merge below gives for a single base, without its lists: the start of every program builds
            // the built-in types' MROs before its code is compiled
            List<PyType> baseMro = bases.get(0).mro;
            PyType[] out = new PyType[baseMro.size() + 1];
            out[0] = self;
            for (int i = 1; i < out.length; i++) {
                out[i] = baseMro.get(i - 1);
            }
            return List.of(out);
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(b.mro));
        }
        seqs.add(new ArrayList<>(bases));
        List<PyType> out = new ArrayList<>();
        out.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return List.copyOf(out);
            }
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    inTail |= o.indexOf(head) > 0;
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                StringBuilder names = new StringBuilder();
                for (PyType b : bases) {
                    names.append(names.isEmpty() ? "" : ", ").append(b.name);
                }
                throw new TypeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            out.add(next);
            for (List<PyType> s : seqs) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }

    /** @return the class name ({@code __name__}) */
    public String name() {
        return name;
    }

    /** @return the method resolution order, this class first */
    public List<PyType> mro() {
        return mro;
    }

    /** @return the direct bases */
    public List<PyType> bases() {
        return bases;
    }

    /** @return the class namespace, mutable as Python's class attributes are */
    public Map<String, Object> dict() {
        return dict;
    }

    /** @return whether this is a built-in type */
    public boolean isBuiltin() {
        return builtinTest != null;
    }

    /** @return whether {@code abc.ABCMeta} is this class's metaclass */
    public boolean abcMeta() {
        return abcMeta;
    }

    /**
     * {@code __subclasses__()}: the live classes that name this one among their direct bases, oldest first.
     *
     * @return the subclasses
     */
    List<PyType> directSubclasses() {
        List<PyType> out = new ArrayList<>();
        for (java.lang.ref.WeakReference<PyType> r : subclasses) {
            PyType sub = r.get();
            if (sub != null && sub.bases.contains(this)) {
                out.add(sub);
            }
        }
        return out;
    }

    /** @return whether instances are exceptions */
    public boolean isException() {
        return exception;
    }

    /**
     * Looks an attribute up along the method resolution order.
     *
     * @param attr the name
     * @return the value, or {@link Rt#MISSING}
     */
    public Object lookup(String attr) {
        java.util.HashMap<String, Object> cache = resolved();
        Object v = cache.get(attr);
        if (v == null) {
            v = walk(attr);
            if (cache.size() < MAX_CACHED) {
                cache.put(attr, v == null ? NONE : v);
            }
            return v;
        }
        return v == NONE ? null : v;
    }

    /** Bounds the cache of a class whose attributes are looked up by computed names. */
    private static final int MAX_CACHED = 512;

    /** Stands for a cached {@code None} (a class attribute set to None). */
    private static final Object NONE = new Object();

    private Object walk(String attr) {
        for (PyType t : mro) {
            Object v = t.dict.getOrDefault(attr, Rt.MISSING);
            if (v != Rt.MISSING) {
                return v;
            }
        }
        return Rt.MISSING;
    }

    private java.util.HashMap<String, Object> resolved() {
        int now = version;
        if (resolvedVersion != now || resolved == null) {
            resolved = new java.util.HashMap<>();
            boolean property = false;
            for (PyType t : mro) {
                for (Object v : t.dict.values()) {
                    property |= v instanceof Decorators.Property;
                }
            }
            hasProperty = property;
            hasSetattr = walk("__setattr__") != Rt.MISSING;
            resolvedVersion = now;
        }
        return resolved;
    }

    /** @return whether some class in the MRO holds a property */
    boolean hasProperty() {
        resolved();
        return hasProperty;
    }

    /** @return whether the MRO defines {@code __setattr__} */
    boolean hasSetattr() {
        resolved();
        return hasSetattr;
    }

    /** 0 unknown, 1 an Enum subclass, 2 not; the MRO never changes, so once known it stays. */
    private byte enumClass;

    private boolean isEnum() {
        if (enumClass == 0) {
            enumClass = (byte) (Enums.isEnumClass(this) ? 1 : 2);
        }
        return enumClass == 1;
    }

    /** Records that this class's namespace changed: lookups cached for it and for its subclasses are stale. */
    void changed() {
        version++;
        flushCaches();
        for (java.lang.ref.WeakReference<PyType> r : subclasses) {
            PyType sub = r.get();
            if (sub != null) {
                sub.version++;
                sub.flushCaches();
            }
        }
    }

    /**
     * Registers a cache that keeps decisions for instances of this class without checking {@link #version} on each
     * use: it is flushed when the version changes. Call when caching a decision, then compare the version the
     * decision was made at with the current one, dropping the decision if they differ: the class may have changed
     * before the cache was registered.
     *
     * @param cache the cache
     */
    synchronized void cachedBy(LayoutCache cache) {
        if (caches == null) {
            caches = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        }
        caches.add(cache);
    }

    /** Flushes the registered caches, which register again when they next cache a decision for this class. */
    private void flushCaches() {
        LayoutCache[] flushed;
        synchronized (this) {
            if (caches == null || caches.isEmpty()) {
                return;
            }
            flushed = caches.toArray(new LayoutCache[0]);
            caches.clear();
        }
        for (LayoutCache c : flushed) {
            c.flush(this);
        }
    }

    /**
     * Whether calling this class only allocates a plain instance and runs {@code __init__}: not a built-in type,
     * an exception, an enum, nor a class defining {@code __new__}. Valid at the current {@link #version}.
     *
     * @return whether a call site may construct instances itself
     */
    boolean plainConstruction() {
        return builtinTest == null && !exception && !isEnum() && lookup("__new__") == Rt.MISSING
                && !AbcModule.isAbstract(this);
    }

    /**
     * {@code issubclass(this, other)}.
     *
     * @param other the candidate base
     * @return whether {@code other} is in this class's method resolution order
     */
    public boolean isSubclassOf(PyType other) {
        return mro.contains(other);
    }

    /**
     * {@code isinstance(v, this)}.
     *
     * @param v any value
     * @return whether {@code v} is an instance of this class or a subclass
     */
    public boolean isInstance(Object v) {
        if (v instanceof Instance i) {
            return i.type().isSubclassOf(this);
        }
        if (builtinTest != null) {
            return builtinTest.test(v);
        }
        return false;
    }

    /** The {@code __init__} when calling this class is plain construction with one, at the current version. */
    private PyFunction plainInit() {
        int now = version;
        if (plainVersion != now) {
            plainInit = plainConstruction() && lookup("__init__") instanceof PyFunction f ? f : null;
            plainVersion = now;
        }
        return plainInit;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        PyFunction plain = kwnames.length == 0 ? plainInit() : null;
        if (plain != null) {
            // a class called through a value (cls(...), a factory): its __init__'s direct code when the arity fits
            PyInstance self = new PyInstance(this);
            switch (args.length) {
                case 0 -> {
                    if (plain.direct1 != null) {
                        return initialized(self, plain.direct1.call(self));
                    }
                }
                case 1 -> {
                    if (plain.direct2 != null) {
                        return initialized(self, plain.direct2.call(self, args[0]));
                    }
                }
                case 2 -> {
                    if (plain.direct3 != null) {
                        return initialized(self, plain.direct3.call(self, args[0], args[1]));
                    }
                }
                case 3 -> {
                    if (plain.direct4 != null) {
                        return initialized(self, plain.direct4.call(self, args[0], args[1], args[2]));
                    }
                }
                default -> {
                }
            }
            return initialized(self, plain.callWithSelf(self, args, kwnames));
        }
        if (builtinCtor != null) {
            return builtinCtor.call(args, kwnames);
        }
        if (isEnum() && Enums.members(this) != null) {
            if (args.length != 1 || kwnames.length > 0) {
                throw new TypeError(name + "() takes exactly one argument");
            }
            return Enums.byValue(this, args[0]);
        }
        Object nw = lookup("__new__");
        if (nw != Rt.MISSING) {
            return constructedByNew(nw, args, kwnames);
        }
        Object self;
        if (exception) {
            int npos = args.length - kwnames.length;
            Object[] pos = new Object[npos];
            System.arraycopy(args, 0, pos, 0, npos);
            self = new UserException(this, pos);
        } else {
            AbcModule.checkInstantiable(this);
            self = new PyInstance(this);
        }
        Object init = lookup("__init__");
        if (init != Rt.MISSING && init instanceof PyFunction f) {
            initialized(self, f.callWithSelf(self, args, kwnames));
        } else if (exception) {
            ((UserException) self).initBase(args, kwnames);
        } else if (args.length > 0) {
            throw new TypeError(name + "() takes no arguments");
        }
        return self;
    }

    /**
     * A call of this class when it or a base defines {@code __new__}, as {@code type.__call__} does it: the object
     * {@code __new__} (a static method, whether declared so or not) returns, initialized by its own class's
     * {@code __init__} only when it is an instance of this class.
     */
    private Object constructedByNew(Object nw, Object[] args, String[] kwnames) {
        Object[] all = new Object[args.length + 1];
        all[0] = this;
        System.arraycopy(args, 0, all, 1, args.length);
        Object obj = Rt.callKw(nw instanceof Decorators.StaticMethod s ? s.fn() : nw, all, kwnames);
        if (!isInstance(obj)) {
            return obj;
        }
        PyType type = Rt.type(obj);
        Object init = type.lookup("__init__");
        if (init instanceof PyFunction f) {
            return initialized(obj, f.callWithSelf(obj, args, kwnames));
        }
        if (init != Rt.MISSING) {
            return initialized(obj, Rt.callKw(Rt.getattr(obj, "__init__"), args, kwnames));
        }
        if (obj instanceof UserException u) {
            // BaseException.__init__ stores the call's positional arguments, whatever __new__ was given
            u.initBase(args, kwnames);
        }
        return obj;
    }

    /**
     * The new instance, once its {@code __init__} has returned {@code initResult}.
     *
     * @throws TypeError {@code __init__() should return None, not 'T'} when it returned something else
     */
    static Object initialized(Object self, Object initResult) {
        if (initResult != null) {
            throw new TypeError("__init__() should return None, not '" + io.portalis.pylib.Py.typeName(initResult)
                    + "'");
        }
        return self;
    }

    @Override
    public String pyTypeName() {
        return abcMeta ? "ABCMeta" : "type";
    }

    @Override
    public String repr() {
        Object module = Rt.getattr(this, "__module__");
        return "<class '" + ("builtins".equals(module) ? "" : module + ".") + name + "'>";
    }

    @Override
    public Object getAttr(String attr) {
        return Rt.getattr(this, attr);
    }
}
