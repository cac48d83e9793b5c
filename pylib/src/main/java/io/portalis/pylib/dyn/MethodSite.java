package io.portalis.pylib.dyn;

import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PySet;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.stdlib.Deque;
import io.portalis.pylib.stdlib.PyRandom;

/**
 * One {@code obj.name(args)} place in a translated program, with an inline cache: for each instance {@link Shape}
 * seen there (which names the class; the site is flushed when the class or a base changes) whose lookup found a plain
 * function in the class and no instance attribute shadowing it, the site keeps the function and calls it with the
 * receiver first, without building a bound method, and without binding when the arguments are exactly its
 * positional parameters. Everything else (other receivers, static and class methods, properties, a method
 * replaced on the instance, keyword arguments) goes through {@link Rt#callMethodKw}, so behaviour, error messages
 * included, is the dynamic call's.
 *
 * <p>A module's function ({@code math.sqrt(x)}) is kept from one call to the next while the module is unchanged.
 * The built-in methods that loops call most ({@code list}'s {@code append}, {@code pop}, {@code insert},
 * {@code index}, {@code count}, {@code remove}, {@code extend}, {@code reverse}, {@code copy}, {@code clear} and
 * {@code sort()}, {@code deque.append}, {@code appendleft}, {@code pop}, {@code popleft}, {@code dict.get},
 * {@code set.add}, {@code discard} and {@code remove}) are
 * called directly when the receiver is exactly that built-in type and the arguments fit (an index that is an
 * {@code int}), skipping the search of the dynamic call by name. A {@code super().name(...)} call of a plain
 * function on an instance keeps the function found last for the receiver's class and its version.
 *
 * <p>Translated code that knows the module's methods asks {@link #code} which direct code the receiver's layout
 * finds and calls the matching method itself, so that each site is a direct call.
 */
public final class MethodSite {
    /**
     * A cached method for one layout, in an immutable list.
     *
     * @param type the receiver's class
     * @param version the class's version when found
     * @param shape the receiver's shape, which does not hold the name
     * @param fn the function
     * @param direct {@code fn}'s direct code (see {@link #code}), or null
     * @param direct1 {@code fn}'s direct code when it takes one argument, or null
     * @param direct2 {@code fn}'s direct code when it takes two arguments, or null
     * @param direct3 {@code fn}'s direct code when it takes three arguments, or null
     * @param direct4 {@code fn}'s direct code when it takes four arguments, or null
     * @param rest the other layouts
     */
    private record Entry(PyType type, int version, Shape shape, PyFunction fn, Object direct,
            PyFunction.Direct1 direct1, PyFunction.Direct2 direct2, PyFunction.Direct3 direct3,
            PyFunction.Direct4 direct4, Entry rest) implements LayoutEntry<Entry> {
        Entry(PyType type, int version, Shape shape, PyFunction fn) {
            this(type, version, shape, fn, fn.direct, fn.direct1, fn.direct2, fn.direct3, fn.direct4, null);
        }

        @Override
        public Entry withRest(Entry rest) {
            return new Entry(type, version, shape, fn, direct, direct1, direct2, direct3, direct4, rest);
        }
    }

    private static final Object[] NO_ARGS = {};

    /** Which built-in method the name can denote: one of the constants below. */
    private final int builtin;
    private static final int OTHER = 0;
    private static final int APPEND = 1;
    private static final int APPENDLEFT = 2;
    private static final int POP = 3;
    private static final int POPLEFT = 4;
    private static final int GET = 5;
    private static final int INSERT = 6;
    private static final int INDEX = 7;
    private static final int COUNT = 8;
    private static final int REMOVE = 9;
    private static final int EXTEND = 10;
    private static final int REVERSE = 11;
    private static final int COPY = 12;
    private static final int CLEAR = 13;
    private static final int SORT = 14;
    private static final int ADD = 15;
    private static final int DISCARD = 16;

    /**
     * The module function called last, for calls such as {@code math.sqrt(x)}.
     *
     * @param module the module
     * @param version its version when read
     * @param fn the attribute's value
     */
    private record ModuleEntry(PyModule module, int version, Object fn) {
    }

    /**
     * The function {@code super().name} found last.
     *
     * @param start the class {@code super()} searches after
     * @param type the receiver's class
     * @param version that class's version when found, which changes with any of its bases
     * @param fn the function
     */
    private record SuperEntry(PyType start, PyType type, int version, PyFunction fn) {
    }

    /**
     * The entry of an empty place among a site's first {@link LayoutEntry#LIMIT} entries: its shape is no instance's,
     * so a search compares it and moves on without testing for null.
     */
    private static final Entry NONE = new Entry(null, 0, Shape.root(), null, null, null, null, null, null, null);

    private final String name;
    private Entry entries;
    /**
     * The entries of {@link #entries} by position, or {@link #NONE}: a site whose receivers are of several classes
     * ({@code task.step(self)} for each kind of task) finds any of them with loads that do not wait on one another,
     * where walking the list waits on each {@code rest} in turn. Each holds an immutable entry, so a racing reader
     * sees an old or a new one.
     */
    private Entry m0 = NONE;
    private Entry m1 = NONE;
    private Entry m2 = NONE;
    private Entry m3 = NONE;
    /** Registered with the classes of the layouts cached, which call it when they change. */
    private final LayoutCache flusher = type -> setEntries(LayoutEntry.without(entries, type));
    private SuperEntry superEntry;
    /** Valid layouts dropped so far; at {@link LayoutEntry#EVICTIONS} the site stops caching new ones. */
    private int evictions;
    private ModuleEntry moduleEntry;
    /** The number of the {@code random.Random} method of that name, decided once (see {@link RandomMethods}). */
    private final int randomOp;

    /**
     * A site calling method {@code name}.
     *
     * @param name the method name
     */
    public MethodSite(String name) {
        this.name = name;
        this.randomOp = RandomMethods.op(name);
        this.builtin = switch (name) {
            case "append" -> APPEND;
            case "appendleft" -> APPENDLEFT;
            case "pop" -> POP;
            case "popleft" -> POPLEFT;
            case "get" -> GET;
            case "insert" -> INSERT;
            case "index" -> INDEX;
            case "count" -> COUNT;
            case "remove" -> REMOVE;
            case "extend" -> EXTEND;
            case "reverse" -> REVERSE;
            case "copy" -> COPY;
            case "clear" -> CLEAR;
            case "sort" -> SORT;
            case "add" -> ADD;
            case "discard" -> DISCARD;
            default -> OTHER;
        };
    }

    /** @return the method name */
    public String name() {
        return name;
    }

    /** The cached entry for a layout, or null: the one search every call on an instance starts with. */
    private Entry entry(Shape s) {
        Entry e;
        if ((e = m0).shape == s || (e = m1).shape == s || (e = m2).shape == s || (e = m3).shape == s) {
            return e;
        }
        return null;
    }

    private void setEntries(Entry list) {
        entries = list;
        Entry[] at = LayoutEntry.byPosition(list, new Entry[] {NONE, NONE, NONE, NONE});
        m0 = at[0];
        m1 = at[1];
        m2 = at[2];
        m3 = at[3];
    }

    /** Looks the method up for the receiver's layout, caching a plain function; null when it is not one. */
    private PyFunction resolve(PyInstance i) {
        PyType t = i.type();
        int version = t.version;
        Shape s = i.shape;
        if (!(t.lookup(name) instanceof PyFunction f) || s.slot(name) >= 0) {
            return null;
        }
        Entry e = new Entry(t, version, s, f);
        boolean evicts = LayoutEntry.evicts(entries, e);
        if (!evicts || evictions < LayoutEntry.EVICTIONS) {
            evictions += evicts ? 1 : 0;
            t.cachedBy(flusher);
            setEntries(LayoutEntry.prepend(entries, e));
            if (t.version != version) {
                // changed while being looked up: its flush may have come first
                setEntries(LayoutEntry.without(entries, t));
            }
        }
        return f;
    }

    /** The module's attribute of this name, or {@link Rt#MISSING}. */
    private Object moduleAttr(PyModule m) {
        ModuleEntry e = moduleEntry;
        if (e != null && e.module == m && e.version == m.version) {
            return e.fn;
        }
        int version = m.version;
        Object fn = m.attr(name);
        if (fn != Rt.MISSING) {
            moduleEntry = new ModuleEntry(m, version, fn);
        }
        return fn;
    }

    /**
     * The code that {@code obj.name} would run, for translated code that calls the methods it knows directly: when
     * the receiver's layout finds a plain function in its class and no instance attribute shadows it, that
     * function's direct code (the object its {@code PyFunction.direct} factory was given); otherwise null.
     * Calling the code with the receiver and exactly its other positional parameters does what the dynamic call
     * {@code obj.name(...)} does, as a function's direct code is its whole behaviour for such a call.
     *
     * @param obj the receiver
     * @return the direct code, or null when the call must take {@link #call} or its siblings
     */
    public Object code(Object obj) {
        if (obj instanceof PyInstance i) {
            Shape s = i.shape;
            Entry e = entry(s);
            if (e != null) {
                return e.direct;
            }
            PyFunction f = resolve(i);
            return f != null ? f.direct : null;
        }
        return null;
    }

    /**
     * The plain function {@code super().name} finds for an instance, or null: the search skips the instance's own
     * attributes, so the receiver's class and its version decide it.
     */
    private PyFunction superMethod(Super s) {
        if (!(s.self() instanceof PyInstance i) || !(s.cls() instanceof PyType start)) {
            return null;
        }
        PyType t = i.type;
        SuperEntry e = superEntry;
        if (e != null && e.start == start && e.type == t && e.version == t.version) {
            return e.fn;
        }
        int version = t.version;
        if (s.lookup(name) instanceof BoundMethod b && b.self() == i && b.fn() instanceof PyFunction f) {
            superEntry = new SuperEntry(start, t, version, f);
            return f;
        }
        return null;
    }

    /** The plain function cached or found for the receiver's layout, or null when it is not one. */
    private PyFunction method(Object obj) {
        if (obj instanceof PyInstance i) {
            Shape s = i.shape;
            Entry e = entry(s);
            if (e != null) {
                return e.fn;
            }
            return resolve(i);
        }
        return null;
    }

    /**
     * {@code obj.name()}.
     *
     * @param obj the receiver
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object call(Object obj) {
        if (obj instanceof PyInstance i) {
            Shape s = i.shape;
            Entry e = entry(s);
            if (e != null) {
                PyFunction.Direct1 d = e.direct1;
                return d != null ? d.call(obj) : e.fn.call(new Object[] {obj}, PyCallable.NO_KW);
            }
        } else if (builtin == POPLEFT && obj instanceof Deque<?> dq) {
            return dq.popleft();
        } else if (randomOp != RandomMethods.NONE && obj instanceof PyRandom r) {
            return RandomMethods.call(randomOp, r);
        }
        return slow(obj);
    }

    private Object slow(Object obj) {
        PyFunction f = method(obj);
        if (f != null) {
            if (f.direct instanceof PyFunction.Direct1 d) {
                return d.call(obj);
            }
            return f.call(new Object[] {obj}, PyCallable.NO_KW);
        }
        if (builtin == POPLEFT && obj instanceof Deque<?> dq) {
            return dq.popleft();
        }
        if (builtin == POP && obj instanceof Deque<?> dq) {
            return dq.pop();
        }
        if (builtin != OTHER && obj != null && obj.getClass() == PyList.class) {
            PyList<?> l = (PyList<?>) obj;
            switch (builtin) {
                case POP -> {
                    return l.pop();
                }
                case REVERSE -> {
                    l.reverse();
                    return null;
                }
                case COPY -> {
                    return l.copy();
                }
                case CLEAR -> {
                    l.clear();
                    return null;
                }
                case SORT -> {
                    l.sort();
                    return null;
                }
                default -> {
                }
            }
        }
        if (obj instanceof PyModule m && moduleAttr(m) instanceof PyCallable fn) {
            return fn.call(NO_ARGS, PyCallable.NO_KW);
        }
        if (obj instanceof Super s && superMethod(s) instanceof PyFunction sf) {
            return sf.callWithSelf(s.self(), NO_ARGS, PyCallable.NO_KW);
        }
        return Rt.callMethodKw(obj, name, NO_ARGS, PyCallable.NO_KW);
    }

    /**
     * {@code obj.name(a)}.
     *
     * @param obj the receiver
     * @param a the argument
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    @SuppressWarnings("unchecked")
    public Object call(Object obj, Object a) {
        if (obj instanceof PyInstance i) {
            Shape s = i.shape;
            Entry e = entry(s);
            if (e != null) {
                PyFunction.Direct2 d = e.direct2;
                return d != null ? d.call(obj, a) : e.fn.call(new Object[] {obj, a}, PyCallable.NO_KW);
            }
        } else if (builtin == APPEND && obj instanceof Deque<?> dq) {
            ((Deque<Object>) dq).append(a);
            return null;
        } else if (builtin == GET && obj instanceof PyDict<?, ?> d && obj.getClass() == PyDict.class) {
            return d.get(a);
        } else if (randomOp != RandomMethods.NONE && obj instanceof PyRandom r) {
            return RandomMethods.call(randomOp, r, a);
        }
        return slow(obj, a);
    }

    @SuppressWarnings("unchecked")
    private Object slow(Object obj, Object a) {
        PyFunction f = method(obj);
        if (f != null) {
            if (f.direct instanceof PyFunction.Direct2 d) {
                return d.call(obj, a);
            }
            return f.callWithSelf(obj, new Object[] {a}, PyCallable.NO_KW);
        }
        if (builtin != OTHER && obj != null) {
            Class<?> c = obj.getClass();
            if (c == PyList.class) {
                PyList<Object> l = (PyList<Object>) obj;
                switch (builtin) {
                    case APPEND -> {
                        l.append(a);
                        return null;
                    }
                    case POP -> {
                        if (a instanceof Long i) {
                            return l.pop(i);
                        }
                    }
                    case INDEX -> {
                        return l.index(a);
                    }
                    case COUNT -> {
                        return l.count(a);
                    }
                    case REMOVE -> {
                        l.remove(a);
                        return null;
                    }
                    case EXTEND -> {
                        l.extend(Rt.iterable(a));
                        return null;
                    }
                    default -> {
                    }
                }
            }
            if (builtin == APPEND && c == Deque.class) {
                ((Deque<Object>) obj).append(a);
                return null;
            }
            if (builtin == APPENDLEFT && c == Deque.class) {
                ((Deque<Object>) obj).appendleft(a);
                return null;
            }
            if (builtin == GET && c == PyDict.class) {
                return ((PyDict<?, ?>) obj).get(a);
            }
            if (c == PySet.class && setMethod((PySet<Object>) obj, a)) {
                return null;
            }
        }
        if (obj instanceof PyModule m && moduleAttr(m) instanceof PyCallable fn) {
            return fn.call(new Object[] {a}, PyCallable.NO_KW);
        }
        if (obj instanceof Super s && superMethod(s) instanceof PyFunction sf) {
            return sf.callWithSelf(s.self(), new Object[] {a}, PyCallable.NO_KW);
        }
        return Rt.callMethodKw(obj, name, new Object[] {a}, PyCallable.NO_KW);
    }

    /**
     * {@code s.add(a)}, {@code s.discard(a)} or {@code s.remove(a)} of a set, which loops that collect what they
     * have seen call most, without the search by name of the dynamic call (and the compilation of that large
     * dispatch): whether the site's method was one of them and has run.
     */
    private boolean setMethod(PySet<Object> s, Object a) {
        switch (builtin) {
            case ADD -> s.add(a);
            case DISCARD -> s.discard(a);
            case REMOVE -> s.remove(a);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code obj.name(a, b)}.
     *
     * @param obj the receiver
     * @param a the first argument
     * @param b the second argument
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object call(Object obj, Object a, Object b) {
        if (obj instanceof PyInstance i) {
            Shape s = i.shape;
            Entry e = entry(s);
            if (e != null) {
                PyFunction.Direct3 d = e.direct3;
                return d != null ? d.call(obj, a, b) : e.fn.call(new Object[] {obj, a, b}, PyCallable.NO_KW);
            }
        } else if (randomOp != RandomMethods.NONE && obj instanceof PyRandom r) {
            return RandomMethods.call(randomOp, r, a, b);
        }
        return slow(obj, a, b);
    }

    @SuppressWarnings("unchecked")
    private Object slow(Object obj, Object a, Object b) {
        PyFunction f = method(obj);
        if (f != null) {
            if (f.direct instanceof PyFunction.Direct3 d) {
                return d.call(obj, a, b);
            }
            return f.callWithSelf(obj, new Object[] {a, b}, PyCallable.NO_KW);
        }
        if (builtin == GET && obj != null && obj.getClass() == PyDict.class) {
            return ((PyDict<Object, Object>) obj).get(a, b);
        }
        if (builtin == INSERT && a instanceof Long i && obj != null && obj.getClass() == PyList.class) {
            ((PyList<Object>) obj).insert(i, b);
            return null;
        }
        if (obj instanceof PyModule m && moduleAttr(m) instanceof PyCallable fn) {
            return fn.call(new Object[] {a, b}, PyCallable.NO_KW);
        }
        if (obj instanceof Super s && superMethod(s) instanceof PyFunction sf) {
            return sf.callWithSelf(s.self(), new Object[] {a, b}, PyCallable.NO_KW);
        }
        return Rt.callMethodKw(obj, name, new Object[] {a, b}, PyCallable.NO_KW);
    }

    /**
     * {@code obj.name(a, b, c)}.
     *
     * @param obj the receiver
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object call(Object obj, Object a, Object b, Object c) {
        if (obj instanceof PyInstance i) {
            Shape s = i.shape;
            Entry e = entry(s);
            if (e != null) {
                PyFunction.Direct4 d = e.direct4;
                return d != null ? d.call(obj, a, b, c)
                        : e.fn.call(new Object[] {obj, a, b, c}, PyCallable.NO_KW);
            }
        }
        return slow(obj, a, b, c);
    }

    private Object slow(Object obj, Object a, Object b, Object c) {
        PyFunction f = method(obj);
        if (f != null) {
            if (f.direct instanceof PyFunction.Direct4 d) {
                return d.call(obj, a, b, c);
            }
            return f.callWithSelf(obj, new Object[] {a, b, c}, PyCallable.NO_KW);
        }
        if (obj instanceof PyModule m && moduleAttr(m) instanceof PyCallable fn) {
            return fn.call(new Object[] {a, b, c}, PyCallable.NO_KW);
        }
        if (obj instanceof Super s && superMethod(s) instanceof PyFunction sf) {
            return sf.callWithSelf(s.self(), new Object[] {a, b, c}, PyCallable.NO_KW);
        }
        return Rt.callMethodKw(obj, name, new Object[] {a, b, c}, PyCallable.NO_KW);
    }

    /**
     * {@code obj.name(args...)} with any number of positional arguments.
     *
     * @param obj the receiver
     * @param args the arguments
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object callN(Object obj, Object[] args) {
        PyFunction f = method(obj);
        if (f != null) {
            Object[] all = new Object[args.length + 1];
            all[0] = obj;
            System.arraycopy(args, 0, all, 1, args.length);
            return f.call(all, PyCallable.NO_KW);
        }
        if (obj instanceof PyModule m && moduleAttr(m) instanceof PyCallable fn) {
            return fn.call(args, PyCallable.NO_KW);
        }
        if (obj instanceof Super s && superMethod(s) instanceof PyFunction sf) {
            return sf.callWithSelf(s.self(), args, PyCallable.NO_KW);
        }
        return Rt.callMethodKw(obj, name, args, PyCallable.NO_KW);
    }

    /**
     * {@code obj.name(args..., k=v...)}.
     *
     * @param obj the receiver
     * @param args positional then keyword values
     * @param kwnames the keyword names
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object callKw(Object obj, Object[] args, String[] kwnames) {
        if (randomOp != RandomMethods.NONE && obj instanceof PyRandom r) {
            return RandomMethods.call(randomOp, r, args, kwnames);
        }
        PyFunction f = method(obj);
        if (f != null) {
            return f.callWithSelf(obj, args, kwnames);
        }
        if (obj instanceof Super s && superMethod(s) instanceof PyFunction sf) {
            return sf.callWithSelf(s.self(), args, kwnames);
        }
        return Rt.callMethodKw(obj, name, args, kwnames);
    }

    /**
     * What {@code obj.name} found, looked up before the call's arguments are evaluated, as CPython does: an
     * argument that rebinds the method (on the class, the instance or the module) does not change which one the
     * call runs.
     *
     * @param self the receiver
     * @param fn the plain function the receiver's class holds for the name, called with the receiver first; or null
     * @param attr when {@code fn} is null, the attribute's value, called as it is; or {@link #FIXED} when the
     *     receiver is a built-in value (not an instance of a class of the program, a class, a module, a function),
     *     whose methods no code can rebind, so that the site calls it by name
     */
    public record Found(Object self, PyFunction fn, Object attr) {
        /**
         * The direct code of {@link #fn}, for translated code that calls the methods it knows itself.
         *
         * @return the code (see {@link MethodSite#code}), or null when the call must take {@link #callFound}
         */
        public Object code() {
            return fn != null ? fn.direct : null;
        }
    }

    /** Marks a {@link Found} whose receiver's methods cannot change: the call looks the name up itself. */
    private static final Object FIXED = new Object();

    /**
     * Looks {@code obj.name} up for a call whose arguments may run code.
     *
     * @param obj the receiver
     * @return what the call will run
     * @throws io.portalis.pylib.AttributeError when the receiver has no such attribute, before the arguments run
     *     (a built-in value's missing method is reported by the call, after them)
     */
    public Found find(Object obj) {
        // one allocation, of values decided first: several allocations merging into the result keep the JIT from
        // replacing the record by its fields in the caller, which then allocated one per call
        Object self = obj;
        PyFunction fn = null;
        Object attr = null;
        if (obj instanceof PyInstance i) {
            fn = method(i);
            if (fn == null) {
                attr = Rt.getattr(obj, name);
            }
        } else if (obj instanceof Super s && superMethod(s) instanceof PyFunction sf) {
            self = s.self();
            fn = sf;
        } else {
            attr = attrToCall(obj);
        }
        return new Found(self, fn, attr);
    }

    /** What {@link #find} calls for a receiver other than an instance or a {@code super()} method. */
    private Object attrToCall(Object obj) {
        if (!(obj instanceof Instance || obj instanceof PyType || obj instanceof PyModule || obj instanceof Super
                || obj instanceof PyFunction || obj instanceof BoundMethod)) {
            // a built-in value: its methods are its Java class's
            return FIXED;
        }
        if (obj instanceof PyModule m) {
            Object fn = moduleAttr(m);
            return fn != Rt.MISSING ? fn : Rt.getattr(obj, name);
        }
        return Rt.getattr(obj, name);
    }

    /**
     * {@code obj.name()} with what {@link #find} found.
     *
     * @param f the method found
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object callFound(Found f) {
        if (f.fn != null) {
            return f.fn.callWithSelf(f.self, NO_ARGS, PyCallable.NO_KW);
        }
        return f.attr == FIXED ? call(f.self) : Rt.call(f.attr);
    }

    /**
     * {@code obj.name(a)} with what {@link #find} found.
     *
     * @param f the method found
     * @param a the argument
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object callFound(Found f, Object a) {
        if (f.fn != null) {
            PyFunction.Direct2 d = f.fn.direct2;
            return d != null ? d.call(f.self, a) : f.fn.callWithSelf(f.self, new Object[] {a}, PyCallable.NO_KW);
        }
        return f.attr == FIXED ? call(f.self, a) : Rt.call(f.attr, a);
    }

    /**
     * {@code obj.name(a, b)} with what {@link #find} found.
     *
     * @param f the method found
     * @param a the first argument
     * @param b the second argument
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object callFound(Found f, Object a, Object b) {
        if (f.fn != null) {
            PyFunction.Direct3 d = f.fn.direct3;
            return d != null ? d.call(f.self, a, b)
                    : f.fn.callWithSelf(f.self, new Object[] {a, b}, PyCallable.NO_KW);
        }
        return f.attr == FIXED ? call(f.self, a, b) : Rt.call(f.attr, a, b);
    }

    /**
     * {@code obj.name(a, b, c)} with what {@link #find} found.
     *
     * @param f the method found
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object callFound(Found f, Object a, Object b, Object c) {
        if (f.fn != null) {
            PyFunction.Direct4 d = f.fn.direct4;
            return d != null ? d.call(f.self, a, b, c)
                    : f.fn.callWithSelf(f.self, new Object[] {a, b, c}, PyCallable.NO_KW);
        }
        return f.attr == FIXED ? call(f.self, a, b, c) : Rt.call(f.attr, a, b, c);
    }

    /**
     * {@code obj.name(args..., k=v...)} with what {@link #find} found.
     *
     * @param f the method found
     * @param args positional then keyword values
     * @param kwnames the keyword names
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object callFoundKw(Found f, Object[] args, String[] kwnames) {
        if (f.fn != null) {
            return f.fn.callWithSelf(f.self, args, kwnames);
        }
        return f.attr == FIXED ? callKw(f.self, args, kwnames) : Rt.callKw(f.attr, args, kwnames);
    }

    /** @return how many layouts the site has cached and still valid, for tests */
    int cached() {
        int n = 0;
        for (Entry e = entries; e != null; e = e.rest) {
            n += e.version == e.type.version ? 1 : 0;
        }
        return n;
    }
}
