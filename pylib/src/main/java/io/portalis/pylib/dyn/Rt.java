package io.portalis.pylib.dyn;

import io.portalis.pylib.*;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Python's operations on values whose type is known only at run time, including instances of translated classes:
 * attribute access, calls, operators with their special methods, iteration, {@code isinstance}, and raising.
 * Values of built-in types are handed to pylib's {@link Py}.
 */
public final class Rt {
    /** Marks an absent attribute or special method ({@code null} is {@code None}). */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    /** The value of a local variable that is not bound (before its first assignment, or after {@code del}). */
    public static final Object UNBOUND = new Object() {
        @Override
        public String toString() {
            return "<unbound>";
        }
    };

    private Rt() {
    }

    /**
     * Reads a local variable that may be unbound.
     *
     * @param value the variable's value
     * @param name its name
     * @return the value
     * @throws UnboundLocalError when it is unbound
     */
    public static Object local(Object value, String name) {
        if (value == UNBOUND) {
            throw new UnboundLocalError("cannot access local variable '" + name
                    + "' where it is not associated with a value");
        }
        return value;
    }

    /**
     * A read, from a nested function, of a variable of an enclosing function that may not be assigned yet.
     *
     * @param value the variable's cell value
     * @param name its name
     * @return the value
     * @throws NameError when it is unbound, with CPython 3.11's message
     */
    public static Object free(Object value, String name) {
        if (value == UNBOUND) {
            throw new NameError("cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return value;
    }

    /**
     * A read of a module global that may not be bound yet (or any more).
     *
     * @param value the global's current value, {@link #UNBOUND} when unbound
     * @param name the global's name
     * @return {@code value}
     * @throws NameError if {@code value} is {@link #UNBOUND}
     */
    public static Object global(Object value, String name) {
        if (value == UNBOUND) {
            throw new NameError("name '" + name + "' is not defined");
        }
        return value;
    }

    /**
     * A module global that shadows a built-in: the built-in while the global is unbound (not yet assigned, or
     * deleted), as Python's lookup falls through the module to the builtins.
     *
     * @param value the global's field
     * @param builtin the built-in of the same name
     * @return the global's value, or the built-in
     */
    public static Object globalOr(Object value, Object builtin) {
        return value == UNBOUND ? builtin : value;
    }

    /**
     * {@code del name} of a local variable.
     *
     * @param current its current (bound) value
     * @return {@link #UNBOUND}
     */
    public static Object unbind(Object current) {
        return UNBOUND;
    }

    // ---------------------------------------------------------------- attributes

    /**
     * {@code obj.name}.
     *
     * @param obj the object
     * @param name the attribute
     * @return its value; methods come back bound to {@code obj}
     * @throws AttributeError when there is no such attribute
     */
    public static Object getattr(Object obj, String name) {
        Object v = getattrOr(obj, name);
        if (v == MISSING) {
            throw noAttr(obj, name);
        }
        return v;
    }

    private static AttributeError noAttr(Object obj, String name) {
        if (obj instanceof PyType && name.equals("__abstractmethods__")) {
            // type's descriptor for the attribute raises with the bare name
            return new AttributeError(name);
        }
        if (obj instanceof PyType t) {
            return new AttributeError("type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        if (obj instanceof PyModule m) {
            return new AttributeError("module '" + m.name() + "' has no attribute '" + name + "'");
        }
        return new AttributeError("'" + Py.typeName(obj) + "' object has no attribute '" + name + "'");
    }

    /**
     * {@code getattr(obj, name, MISSING)}.
     *
     * @param obj the object
     * @param name the attribute
     * @return its value or {@link #MISSING}
     */
    public static Object getattrOr(Object obj, String name) {
        if (obj instanceof Instance i) {
            PyType t = i.type();
            if (!t.hasProperty()) {
                // no property can outrank the instance dict: one map probe for the common case
                Object v = i.dict().getOrDefault(name, MISSING);
                if (v != MISSING) {
                    return v;
                }
            }
            Object cv = t.lookup(name);
            if (cv instanceof Decorators.Property p) {
                if (p.getter() == null) {
                    throw new AttributeError("property '" + name + "' of '" + t.name() + "' object has no getter");
                }
                return call(p.getter(), obj);
            }
            Object v = i.dict().getOrDefault(name, MISSING);
            if (v != MISSING) {
                return v;
            }
            if (cv != MISSING) {
                return bindTo(cv, obj, t);
            }
            if (name.equals("__class__")) {
                return t;
            }
            if (name.equals("__dict__")) {
                PyDict<Object, Object> d = new PyDict<>();
                i.dict().forEach(d::setItem);
                return d;
            }
            if (obj instanceof UserException u) {
                if (u.osError() != null && OSErrorAttributes.isAttribute(name)) {
                    return u.osError().get(name);
                }
                if (u.importError() != null && ImportAttributes.isAttribute(name)) {
                    return u.importError().get(name);
                }
                switch (name) {
                    case "args":
                        return u.pyArgs();
                    case "__cause__":
                        return u.pyCause();
                    case "__context__":
                        return u.pyContext();
                    case "__suppress_context__":
                        return u.suppressContext();
                    case "__traceback__":
                        return u.raised() ? new TracebackValue(u) : null;
                    default:
                        break;
                }
            }
            if (name.equals("__doc__")) {
                // every class has a __doc__, None when its body has no docstring
                return null;
            }
            Object ga = t.lookup("__getattr__");
            if (ga != MISSING) {
                return call(ga, obj, name);
            }
            return MISSING;
        } else if (obj instanceof PyType t) {
            if (name.equals("__module__")) {
                // each class has its own __module__: a base's is not inherited
                Object own = t.dict().get(name);
                return own instanceof String ? own : t.isBuiltin() ? "builtins" : "__main__";
            }
            Object cv = t.lookup(name);
            if (cv instanceof Decorators.ClassMethod c) {
                return new BoundMethod(t, c.fn());
            }
            if (cv instanceof Decorators.StaticMethod s) {
                return s.fn();
            }
            if (cv != MISSING) {
                return cv;
            }
            if (t.isBuiltin()) {
                Object m = Methods.unbound(t, name);
                if (m != MISSING) {
                    return m;
                }
            }
            if (name.equals("__new__")) {
                return t.isException() ? NewSlot.BASE_EXCEPTION : NewSlot.OBJECT;
            }
            Object slot = ObjectSlot.of(name);
            if (slot != null) {
                return slot;
            }
            return switch (name) {
                case "__name__", "__qualname__" -> t.name();
                case "__dict__" -> t.isBuiltin() ? MISSING : ClassNamespace.of(t);
                case "__members__" -> Enums.isEnumClass(t) ? Enums.membersDict(t) : MISSING;
                case "__mro__" -> PyTuple.from(t.mro());
                case "__bases__" -> PyTuple.from(t.bases());
                case "__base__" -> t.bases().isEmpty() ? null : t.bases().get(0);
                case "__doc__" -> null;
                case "mro" -> (PyCallable) (a, k) -> new PyList<Object>(t.mro());
                case "__class__" -> type(t);
                case "register" -> t.abcMeta() ? AbcModule.register(t) : MISSING;
                case "__abstractmethods__" -> t.abcMeta() ? AbcModule.abstractMethods(t) : MISSING;
                default -> MISSING;
            };
        } else if (obj instanceof PyModule m) {
            return m.attr(name);
        } else if (obj instanceof LibraryFunction f) {
            return name.equals("__class__") ? type(obj) : f.attr(name);
        } else if (obj instanceof Builtin f) {
            return name.equals("__class__") ? type(obj) : f.attr(name);
        } else if (obj instanceof Super s) {
            return s.lookup(name);
        } else if (obj instanceof BoundMethod m) {
            return switch (name) {
                case "__func__" -> m.fn();
                case "__self__" -> m.self();
                // a method reads the rest of its attributes through its function
                default -> getattrOr(m.fn(), name);
            };
        } else if (obj instanceof PyFunction f) {
            if (f.attrs != null && f.attrs.containsKey(name)) {
                return f.attrs.get(name);
            }
            return switch (name) {
                case "__name__" -> f.name();
                case "__qualname__" -> f.signature().name();
                case "__defaults__" -> f.defaults().length == 0 ? null : PyTuple.of(f.defaults().clone());
                case "__kwdefaults__" -> f.kwDefaultsDict();
                case "__class__" -> Types.FUNCTION;
                case "__doc__" -> null;
                case "__module__" -> "__main__";
                default -> MISSING;
            };
        } else {
            if (obj instanceof PyBaseException e) {
                switch (name) {
                    case "args":
                        return e.args();
                    case "__class__":
                        return type(obj);
                    case "__cause__":
                        return e.pyCause();
                    case "__context__":
                        return e.pyContext();
                    case "__suppress_context__":
                        return e.suppressContext();
                    case "__traceback__":
                        return e.raised() ? new TracebackValue(e) : null;
                    case "value":
                        if (e instanceof StopIteration s) {
                            return s.value();
                        }
                        break;
                    case "code":
                        if (e instanceof SystemExit s) {
                            return s.code();
                        }
                        break;
                    case "errno", "strerror", "filename", "filename2":
                        if (e instanceof OSError o) {
                            return o.attribute(name);
                        }
                        break;
                    case "msg", "name", "path":
                        if (e instanceof ImportError i) {
                            return i.attributes().get(name);
                        }
                        break;
                    default:
                        break;
                }
            }
            if (name.equals("__class__")) {
                return type(obj);
            }
            if (obj instanceof io.portalis.pylib.stdlib.DefaultDict<?, ?> dd && name.equals("default_factory")) {
                return defaultFactory(dd);
            }
            if (obj instanceof PyObject p && OWN_ATTRIBUTES.get(obj.getClass())) {
                try {
                    return p.getAttr(name);
                } catch (AttributeError e) {
                    // not one of the object's own attributes: look for a built-in method
                }
            }
            return Methods.attr(obj, name);
        }
    }

    private static Object defaultFactory(io.portalis.pylib.stdlib.DefaultDict<?, ?> dd) {
        if (dd.factoryValue() != null || !dd.hasFactory()) {
            return dd.factoryValue();
        }
        // made by a typed constructor (defaultdict(list)...): the factory is the built-in class it prints as
        String r = dd.factoryRepr();
        PyType t = r.startsWith("<class '") ? Types.named(r.substring(8, r.length() - 2)) : null;
        return t != null ? t : MISSING;
    }

    /**
     * Whether a class overrides {@link PyObject#getAttr}: the default only raises AttributeError, and raising an
     * exception on every method call of a list or dict cost more than the call.
     */
    private static final ClassValue<Boolean> OWN_ATTRIBUTES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            try {
                return c.getMethod("getAttr", String.class).getDeclaringClass() != PyObject.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    private static Object bindTo(Object cv, Object obj, PyType t) {
        if (cv instanceof PyFunction f) {
            return new BoundMethod(obj, f);
        } else if (cv instanceof Decorators.ClassMethod c) {
            return new BoundMethod(t, c.fn());
        } else if (cv instanceof Decorators.StaticMethod s) {
            return s.fn();
        }
        return cv;
    }

    /**
     * {@code obj.name = value}.
     *
     * @param obj the object
     * @param name the attribute
     * @param value the value
     * @throws AttributeError for objects without writable attributes
     */
    public static void setattr(Object obj, String name, Object value) {
        if (obj instanceof Instance i) {
            if (!i.type().hasProperty() && !i.type().hasSetattr()) {
                setattrDirect(obj, name, value);
                return;
            }
            Object cv = i.type().lookup(name);
            if (cv instanceof Decorators.Property p) {
                if (p.setter() == null) {
                    throw new AttributeError("property '" + name + "' of '" + i.type().name()
                            + "' object has no setter");
                }
                call(p.setter(), obj, value);
                return;
            }
            Object sa = i.type().lookup("__setattr__");
            if (sa != MISSING) {
                call(sa, obj, name, value);
                return;
            }
            setattrDirect(obj, name, value);
        } else if (obj instanceof PyType t && !t.isBuiltin()) {
            if (Enums.isEnumClass(t) && Enums.members(t) != null && Enums.members(t).containsKey(name)) {
                throw new AttributeError("cannot reassign member '" + name + "'");
            }
            t.dict().put(name, value);
        } else if (obj instanceof PyFunction f) {
            if (f.attrs == null) {
                f.attrs = new Instance.Dict();
            }
            f.attrs.put(name, value);
        } else if (obj instanceof PyModule m) {
            m.set(name, value);
        } else if (obj instanceof OSError o && OSErrorAttributes.isAttribute(name)) {
            o.setAttribute(name, value);
        } else if (obj instanceof ImportError e && ImportAttributes.isAttribute(name)) {
            e.attributes().set(name, value);
        } else if (obj instanceof io.portalis.pylib.stdlib.NamedTuple t) {
            throw new AttributeError(t.fieldNames().contains(name)
                    ? "can't set attribute" : "'" + t.pyTypeName() + "' object has no attribute '" + name + "'");
        } else {
            // a built-in value has no instance dict: CPython's message says what the name is on its type
            Object found = Methods.attr(obj, name);
            if (found == MISSING) {
                throw new AttributeError("'" + Py.typeName(obj) + "' object has no attribute '" + name + "'");
            }
            if (found instanceof Methods.Bound) {
                throw new AttributeError("'" + Py.typeName(obj) + "' object attribute '" + name + "' is read-only");
            }
            // complex's and range's are member slots, int's and float's computed ones (bool's are int's)
            throw new AttributeError(obj instanceof PyComplex || obj instanceof PyRange ? "readonly attribute"
                    : "attribute '" + name + "' of '" + (obj instanceof Boolean ? "int" : Py.typeName(obj))
                    + "' objects is not writable");
        }
    }

    /**
     * {@code object.__setattr__(obj, name, value)}: stores without consulting {@code __setattr__}, as frozen
     * dataclasses and {@code super().__setattr__} need.
     *
     * @param obj the instance
     * @param name the attribute
     * @param value the value
     */
    public static void setattrDirect(Object obj, String name, Object value) {
        if (obj instanceof UserException u && u.osError() != null && OSErrorAttributes.isAttribute(name)) {
            u.osError().set(name, value);
            return;
        }
        if (obj instanceof UserException u && u.importError() != null && ImportAttributes.isAttribute(name)) {
            u.importError().set(name, value);
            return;
        }
        ((Instance) obj).dict().put(name, value);
    }

    /**
     * {@code del obj.name}.
     *
     * @param obj the object
     * @param name the attribute
     * @throws AttributeError when it is absent
     */
    public static void delattr(Object obj, String name) {
        if (obj instanceof Instance i) {
            Object da = i.type().lookup("__delattr__");
            if (da != MISSING) {
                call(da, obj, name);
                return;
            }
            Object cv = i.type().lookup(name);
            if (cv instanceof Decorators.Property p && p.deleter() != null) {
                call(p.deleter(), obj);
                return;
            }
            if (i.dict().containsKey(name)) {
                i.dict().remove(name);
                return;
            }
        } else if (obj instanceof PyType t && t.dict().containsKey(name)) {
            t.dict().remove(name);
            return;
        } else if (obj instanceof PyModule m) {
            if (m.delete(name)) {
                return;
            }
            // CPython's module type deletes through the generic attribute code, whose message names no module
            throw new AttributeError("'module' object has no attribute '" + name + "'");
        }
        throw noAttr(obj, name);
    }

    /**
     * {@code hasattr(obj, name)}.
     *
     * @param obj the object
     * @param name the attribute
     * @return whether reading it succeeds
     */
    public static boolean hasattr(Object obj, String name) {
        try {
            return getattrOr(obj, name) != MISSING;
        } catch (AttributeError e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- calls

    /**
     * {@code f(*args)} with positional arguments only.
     *
     * @param f the callee
     * @param args the arguments
     * @return the result
     * @throws TypeError when {@code f} is not callable
     */
    public static Object call(Object f, Object... args) {
        return callKw(f, args, PyCallable.NO_KW);
    }

    /**
     * {@code f(args, k=v...)}.
     *
     * @param f the callee
     * @param args positional values then keyword values
     * @param kwnames the keyword names
     * @return the result
     * @throws TypeError when {@code f} is not callable
     */
    public static Object callKw(Object f, Object[] args, String[] kwnames) {
        if (f instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        if (f instanceof Instance i) {
            Object m = i.type().lookup("__call__");
            if (m instanceof PyFunction fn) {
                return fn.callWithSelf(f, args, kwnames);
            }
        }
        throw new TypeError("'" + Py.typeName(f) + "' object is not callable");
    }

    /**
     * A call with unpacked arguments: {@code f(*a, **k)} and every mix; the translator collects positional
     * values into {@code pos} and keywords into {@code kw}.
     *
     * @param f the callee
     * @param pos the positional arguments
     * @param kw the keyword arguments, by name
     * @return the result
     */
    public static Object callUnpacked(Object f, List<Object> pos, PyDict<Object, Object> kw) {
        Object[] args = new Object[pos.size() + kw.len()];
        String[] names = new String[kw.len()];
        int i = 0;
        for (Object p : pos) {
            args[i++] = p;
        }
        int k = 0;
        for (Object key : kw) {
            if (!(key instanceof String s)) {
                throw new TypeError("keywords must be strings");
            }
            names[k++] = s;
            args[i++] = kw.getItem(key);
        }
        return callKw(f, args, names);
    }

    /**
     * Adds {@code **mapping} of a call to its keyword dict.
     *
     * @param kw the keywords so far
     * @param mapping the unpacked mapping
     * @param fname the callee's name for the error message
     */
    public static void addKwargs(PyDict<Object, Object> kw, Object mapping, String fname) {
        PyDict<?, ?> d = (PyDict<?, ?>) mapping;
        for (Object key : d) {
            if (kw.contains(key)) {
                throw new TypeError(fname + "() got multiple values for keyword argument '" + key + "'");
            }
            kw.setItem(key, d.getItem(key));
        }
    }

    /**
     * {@code obj.name(args)}: a method call.
     *
     * @param obj the receiver
     * @param name the method
     * @param args the positional arguments
     * @return the result
     */
    public static Object callMethod(Object obj, String name, Object... args) {
        return callMethodKw(obj, name, args, PyCallable.NO_KW);
    }

    /**
     * {@code obj.name(args, k=v...)}.
     *
     * @param obj the receiver
     * @param name the method
     * @param args positional then keyword values
     * @param kwnames the keyword names
     * @return the result
     */
    public static Object callMethodKw(Object obj, String name, Object[] args, String[] kwnames) {
        if (obj instanceof Instance i) {
            Object cv = i.type().lookup(name);
            if (cv instanceof PyFunction f && !i.dict().containsKey(name)) {
                return f.callWithSelf(obj, args, kwnames);
            }
            return callKw(getattr(obj, name), args, kwnames);
        }
        if (obj instanceof PyType || obj instanceof PyModule || obj instanceof PyFunction || obj instanceof Super) {
            return callKw(getattr(obj, name), args, kwnames);
        }
        if (obj instanceof PyObject p && !(obj instanceof PyGenerator)) {
            Object m = getattrOr(obj, name);
            if (m != MISSING) {
                return callKw(m, args, kwnames);
            }
        }
        return Methods.call(obj, name, args, kwnames);
    }

    /**
     * Calls a special method the instance's class defines.
     *
     * @param self the instance
     * @param name the special method, such as {@code __repr__}
     * @param args the other arguments
     * @return the result, or {@link #MISSING} when the class does not define it
     */
    public static Object dunder(Object self, String name, Object... args) {
        Object m = ((Instance) self).type().lookup(name);
        if (m == MISSING || m == null) {
            return MISSING;
        }
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return call(m, all);
    }

    static Object dunderOr(Object self, String name, Object other) {
        Object r = dunder(self, name, other);
        return r == MISSING ? Py.NOT_IMPLEMENTED : r;
    }

    static boolean instanceEquals(Instance self, Object other) {
        if (self == other) {
            return true;
        }
        Object r = dunder(self, "__eq__", other);
        if (r == MISSING || r == Py.NOT_IMPLEMENTED) {
            if (other instanceof Instance o && o.type().lookup("__eq__") != MISSING && r == MISSING) {
                Object back = dunder(o, "__eq__", self);
                return back != Py.NOT_IMPLEMENTED && back != MISSING && Py.truthy(back);
            }
            return false;
        }
        return Py.truthy(r);
    }

    /**
     * {@code hash(v)}: an instance's {@code __hash__} result kept whole (a Java hash code has 32 bits, Python's 64).
     *
     * @param v the value
     * @return its hash
     * @throws TypeError for unhashable values
     */
    public static long hash(Object v) {
        if (!(v instanceof Instance self)) {
            return Py.hash(v);
        }
        Object h = self.type().lookup("__hash__");
        if (h == null || h == MISSING && self.type().lookup("__eq__") != MISSING) {
            throw new TypeError("unhashable type: '" + self.type().name() + "'");
        }
        if (h == MISSING) {
            return System.identityHashCode(self);
        }
        Object r = call(h, self);
        if (!Ints.isInt(r)) {
            throw new TypeError("__hash__ method should return an integer");
        }
        long x = r instanceof java.math.BigInteger ? Py.hash(r) : Ints.toLong(r);
        return x == -1 ? -2 : x;
    }

    static int instanceHash(Instance self) {
        return Long.hashCode(hash(self));
    }

    // ---------------------------------------------------------------- operators

    private static Object binary(Object a, Object b, String name, String rname) {
        if (a instanceof Instance) {
            Object r = dunder(a, name, b);
            if (r != MISSING && r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (b instanceof Instance) {
            Object r = dunder(b, rname, a);
            if (r != MISSING && r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return MISSING;
    }

    private static TypeError unsupported(String op, Object a, Object b) {
        return new TypeError("unsupported operand type(s) for " + op + ": '" + Py.typeName(a) + "' and '"
                + Py.typeName(b) + "'");
    }

    private static boolean special(Object a, Object b) {
        return a instanceof Instance || b instanceof Instance;
    }

    /** {@code a + b}. @param a left @param b right @return the result */
    public static Object add(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        if (a instanceof io.portalis.pylib.stdlib.Counter<?> && b instanceof io.portalis.pylib.stdlib.Counter<?>) {
            return counter(a).add(counter(b));
        }
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return Py.add(a, b);
            }
            return r;
        }
        if (special(a, b)) {
            Object r = binary(a, b, "__add__", "__radd__");
            if (r == MISSING) {
                throw unsupported("+", a, b);
            }
            return r;
        }
        if (a instanceof io.portalis.pylib.stdlib.Deque<?> x) {
            if (!(b instanceof io.portalis.pylib.stdlib.Deque<?> y)) {
                throw new TypeError("can only concatenate deque (not \"" + Py.typeName(b) + "\") to deque");
            }
            return x.concat(y);
        }
        // a named tuple concatenates as the tuple it is, giving a plain tuple
        if (a instanceof io.portalis.pylib.stdlib.NamedTuple t) {
            return Py.add(t.tuple(), b instanceof io.portalis.pylib.stdlib.NamedTuple u ? u.tuple() : b);
        }
        if (a instanceof PyTuple && b instanceof io.portalis.pylib.stdlib.NamedTuple u) {
            return Py.add(a, u.tuple());
        }
        return Py.add(a, b);
    }

    @SuppressWarnings("unchecked")
    private static io.portalis.pylib.stdlib.Counter<Object> counter(Object c) {
        return (io.portalis.pylib.stdlib.Counter<Object>) c;
    }

    /** {@code a - b}. @param a left @param b right @return the result */
    public static Object sub(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        if (a instanceof io.portalis.pylib.stdlib.Counter<?> && b instanceof io.portalis.pylib.stdlib.Counter<?>) {
            return counter(a).sub(counter(b));
        }
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return Py.sub(a, b);
            }
            return r;
        }
        if (isSetView(a) || isSetView(b)) {
            return viewOp("-", a, b);
        }
        return special(a, b) ? op(a, b, "-", "__sub__", "__rsub__") : Py.sub(a, b);
    }

    /** {@code a * b}. @param a left @param b right @return the result */
    public static Object mul(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            // the product fits in a long when the high word is the sign extension of the low word
            if (hi == (lo >> 63)) {
                return lo;
            }
        }
        if (a instanceof io.portalis.pylib.stdlib.Deque<?> d && (b instanceof Long || b instanceof Boolean)) {
            return d.repeat(index(b));
        }
        if (b instanceof io.portalis.pylib.stdlib.Deque<?> d && (a instanceof Long || a instanceof Boolean)) {
            return d.repeat(index(a));
        }
        if (a instanceof io.portalis.pylib.stdlib.NamedTuple t) {
            return mul(t.tuple(), b);
        }
        if (b instanceof io.portalis.pylib.stdlib.NamedTuple t && (a instanceof Long || a instanceof Boolean
                || a instanceof java.math.BigInteger)) {
            return mul(a, t.tuple());
        }
        if (special(a, b)) {
            Object r = binary(a, b, "__mul__", "__rmul__");
            if (r != MISSING) {
                return r;
            }
            // a built-in sequence repeats by what an object's __index__ returns, as CPython's repetition does
            if (repeatable(a)) {
                return Py.mul(a, PySlice.index(b));
            }
            if (repeatable(b)) {
                return Py.mul(PySlice.index(a), b);
            }
            throw unsupported("*", a, b);
        }
        return Py.mul(a, b);
    }

    private static boolean repeatable(Object v) {
        return v instanceof String || v instanceof PyList<?> || v instanceof PyTuple || v instanceof PyBytes
                || v instanceof PyByteArray;
    }

    /** {@code a / b}. @param a left @param b right @return the result */
    public static Object trueDiv(Object a, Object b) {
        return special(a, b) ? op(a, b, "/", "__truediv__", "__rtruediv__") : Py.trueDiv(a, b);
    }

    /** {@code a // b}. @param a left @param b right @return the result */
    public static Object floorDiv(Object a, Object b) {
        return special(a, b) ? op(a, b, "//", "__floordiv__", "__rfloordiv__") : Py.floorDiv(a, b);
    }

    /** {@code a % b}, including {@code %}-formatting of strings. @param a left @param b right @return the result */
    public static Object mod(Object a, Object b) {
        if (a instanceof String s) {
            return PyFormat.percent(s, b);
        }
        if (a instanceof PyBytes || a instanceof PyByteArray) {
            return PyFormat.percentBytes(a, b);
        }
        return special(a, b) ? op(a, b, "%", "__mod__", "__rmod__") : Py.mod(a, b);
    }

    /** {@code a ** b}. @param a left @param b right @return the result */
    public static Object pow(Object a, Object b) {
        return special(a, b) ? op(a, b, "** or pow()", "__pow__", "__rpow__") : Py.pow(a, b);
    }

    /** {@code a @ b}. @param a left @param b right @return the result */
    public static Object matMul(Object a, Object b) {
        return op(a, b, "@", "__matmul__", "__rmatmul__");
    }

    /** {@code a << b}. @param a left @param b right @return the result */
    public static Object lshift(Object a, Object b) {
        return special(a, b) ? op(a, b, "<<", "__lshift__", "__rlshift__") : Py.lshift(a, b);
    }

    /** {@code a >> b}. @param a left @param b right @return the result */
    public static Object rshift(Object a, Object b) {
        return special(a, b) ? op(a, b, ">>", "__rshift__", "__rrshift__") : Py.rshift(a, b);
    }

    /** {@code a & b}. @param a left @param b right @return the result */
    public static Object and(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x & y;
        }
        if (a instanceof io.portalis.pylib.stdlib.Counter<?> && b instanceof io.portalis.pylib.stdlib.Counter<?>) {
            return counter(a).and(counter(b));
        }
        if (isSetView(a) || isSetView(b)) {
            return viewOp("&", a, b);
        }
        return special(a, b) ? op(a, b, "&", "__and__", "__rand__") : Py.and(a, b);
    }

    /** {@code a | b}. @param a left @param b right @return the result */
    public static Object or(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x | y;
        }
        if (a instanceof io.portalis.pylib.stdlib.Counter<?> && b instanceof io.portalis.pylib.stdlib.Counter<?>) {
            return counter(a).or(counter(b));
        }
        if (a instanceof PyDict<?, ?> x && b instanceof PyDict<?, ?> y) {
            PyDict<Object, Object> r = new PyDict<>();
            r.update(cast(x));
            r.update(cast(y));
            return r;
        }
        if (isSetView(a) || isSetView(b)) {
            return viewOp("|", a, b);
        }
        return special(a, b) ? op(a, b, "|", "__or__", "__ror__") : Py.or(a, b);
    }

    @SuppressWarnings("unchecked")
    private static PyDict<Object, Object> cast(PyDict<?, ?> d) {
        return (PyDict<Object, Object>) d;
    }

    /** {@code a ^ b}. @param a left @param b right @return the result */
    public static Object xor(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x ^ y;
        }
        if (isSetView(a) || isSetView(b)) {
            return viewOp("^", a, b);
        }
        return special(a, b) ? op(a, b, "^", "__xor__", "__rxor__") : Py.xor(a, b);
    }

    /** Whether {@code v} is a dict's keys or items view, which supports the set operators. */
    private static boolean isSetView(Object v) {
        return v instanceof PyDict.View<?> w && !w.pyTypeName().equals("dict_values");
    }

    /**
     * A set operator with a keys or items view on either side: both sides become sets, as CPython's
     * {@code dict_keys.__and__} does with any iterable operand.
     */
    private static Object viewOp(String sym, Object a, Object b) {
        boolean aSide = isSetView(a);
        Object other = aSide ? b : a;
        if (!(other instanceof Iterable<?>) && !(other instanceof Instance)) {
            throw unsupported(sym, a, b);
        }
        PySet<Object> x = new PySet<>(iterable(a));
        PySet<Object> y = new PySet<>(iterable(b));
        return switch (sym) {
            case "-" -> Py.sub(x, y);
            case "&" -> Py.and(x, y);
            case "|" -> Py.or(x, y);
            default -> Py.xor(x, y);
        };
    }

    private static Object op(Object a, Object b, String sym, String name, String rname) {
        Object r = binary(a, b, name, rname);
        if (r == MISSING) {
            throw unsupported(sym, a, b);
        }
        return r;
    }

    /**
     * An augmented assignment {@code a op= b}: mutates lists, dicts and sets in place as Python does, uses
     * {@code __iop__} of instances, else the plain operator.
     *
     * @param op the operator's symbol without {@code =}
     * @param a the target's value
     * @param b the operand
     * @return the new value of the target
     */
    @SuppressWarnings("unchecked")
    public static Object inplace(String op, Object a, Object b) {
        // dispatch on the operator's first character and length: a string switch would hash op on every call
        char c = op.charAt(0);
        boolean single = op.length() == 1;
        if (single && (a instanceof Long && b instanceof Long || a instanceof Double && b instanceof Double)) {
            switch (c) {
                case '+' -> {
                    return add(a, b);
                }
                case '-' -> {
                    return sub(a, b);
                }
                case '*' -> {
                    return mul(a, b);
                }
                default -> {
                }
            }
        }
        if (a instanceof PyList<?> l && single && c == '+') {
            ((PyList<Object>) l).extend(iterable(b));
            return l;
        }
        if (a instanceof PyList<?> l && single && c == '*' && b instanceof Long n) {
            return l.imul(n);
        }
        if (a instanceof PyList<?> l && single && c == '*') {
            Object count = b;
            if (special(l, b)) {
                // the count's __rmul__ answers before the list repeats itself, then its __index__ is the count
                Object r = binary(l, b, "__mul__", "__rmul__");
                if (r != MISSING) {
                    return r;
                }
                count = PySlice.index(b);
                if (count instanceof Long n) {
                    return l.imul(n);
                }
            }
            // the repetition first, with its errors ("can't multiply sequence by non-int"), then in place
            List<?> repeated = (List<?>) Py.mul(l, count);
            l.clear();
            ((PyList<Object>) l).addAll(repeated);
            return l;
        }
        if (a instanceof PyByteArray ba && single && (c == '+' || c == '*')) {
            // bytearray's += and *= change it in place, after a user operand's __radd__ or __rmul__ had its say
            Object other = b;
            if (special(ba, b)) {
                Object r = c == '+' ? binary(ba, b, "__add__", "__radd__") : binary(ba, b, "__mul__", "__rmul__");
                if (r != MISSING) {
                    return r;
                }
                other = c == '*' ? PySlice.index(b) : b;
            }
            Object result = c == '+' ? Py.add(ba, other) : Py.mul(ba, other);
            ba.clear();
            ba.extend(result);
            return ba;
        }
        if (a instanceof PySet<?> s && b instanceof PySetBase<?> o) {
            PySet<Object> set = (PySet<Object>) s;
            switch (single ? c : ' ') {
                case '|' -> set.update((Iterable<Object>) o);
                case '&' -> set.intersectionUpdate(o);
                case '-' -> set.differenceUpdate(o);
                case '^' -> {
                    PySetBase<Object> sd = set.symmetricDifference((PySetBase<Object>) o);
                    set.clear();
                    set.update(sd);
                }
                default -> throw unsupported(op + "=", a, b);
            }
            return s;
        }
        if (single && "+-|&".indexOf(c) >= 0 && a instanceof io.portalis.pylib.stdlib.Counter<?>
                && b instanceof io.portalis.pylib.stdlib.Counter<?>) {
            return counter(a).inplace(c, counter(b));
        }
        if (a instanceof PyDict<?, ?> d && single && c == '|' && b instanceof PyDict<?, ?> o) {
            cast(d).update(cast(o));
            return d;
        }
        if (a instanceof Instance) {
            Object r = dunder(a, "__i" + opName(op) + "__", b);
            if (r != MISSING && r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        try {
            return switch (c) {
                case '+' -> add(a, b);
                case '-' -> sub(a, b);
                case '*' -> single ? mul(a, b) : pow(a, b);
                case '/' -> single ? trueDiv(a, b) : floorDiv(a, b);
                case '%' -> mod(a, b);
                case '<' -> lshift(a, b);
                case '>' -> rshift(a, b);
                case '&' -> and(a, b);
                case '|' -> or(a, b);
                case '^' -> xor(a, b);
                case '@' -> matMul(a, b);
                default -> throw new IllegalArgumentException(op);
            };
        } catch (TypeError e) {
            // neither operand supports the operator: Python names the augmented one ("for +=:")
            String binary = unsupported(op.equals("**") ? "** or pow()" : op, a, b).getMessage();
            throw binary.equals(e.getMessage()) ? unsupported(op + "=", a, b) : e;
        }
    }

    private static String opName(String op) {
        return switch (op) {
            case "+" -> "add";
            case "-" -> "sub";
            case "*" -> "mul";
            case "/" -> "truediv";
            case "//" -> "floordiv";
            case "%" -> "mod";
            case "**" -> "pow";
            case "<<" -> "lshift";
            case ">>" -> "rshift";
            case "&" -> "and";
            case "|" -> "or";
            case "^" -> "xor";
            default -> "matmul";
        };
    }

    /** {@code -a}. @param a the operand @return the result */
    public static Object neg(Object a) {
        if (a instanceof io.portalis.pylib.stdlib.Counter<?> c) {
            return c.negative();
        }
        return a instanceof Instance ? unary(a, "__neg__", "-") : Py.neg(a);
    }

    /** {@code +a}. @param a the operand @return the result */
    public static Object pos(Object a) {
        if (a instanceof io.portalis.pylib.stdlib.Counter<?> c) {
            return c.positive();
        }
        return a instanceof Instance ? unary(a, "__pos__", "+") : Py.pos(a);
    }

    /** {@code ~a}. @param a the operand @return the result */
    public static Object invert(Object a) {
        return a instanceof Instance ? unary(a, "__invert__", "~") : Py.invert(a);
    }

    private static Object unary(Object a, String name, String sym) {
        Object r = dunder(a, name);
        if (r == MISSING) {
            throw new TypeError("bad operand type for unary " + sym + ": '" + Py.typeName(a) + "'");
        }
        return r;
    }

    /** {@code abs(a)}. @param a the operand @return the result */
    public static Object abs(Object a) {
        return a instanceof Instance ? unary(a, "__abs__", "abs()") : Py.abs(a);
    }

    /** {@code a == b}. @param a left @param b right @return the result */
    public static boolean eq(Object a, Object b) {
        if (b instanceof Instance && !(a instanceof Instance)) {
            return Py.eq(b, a);
        }
        return Py.eq(a, b);
    }

    /** {@code a != b}. @param a left @param b right @return the result */
    public static boolean ne(Object a, Object b) {
        if (a instanceof Instance) {
            Object r = dunder(a, "__ne__", b);
            if (r != MISSING && r != Py.NOT_IMPLEMENTED) {
                return Py.truthy(r);
            }
        }
        return !eq(a, b);
    }

    // ---------------------------------------------------------------- comparisons as values

    /*
     * A comparison whose value is used (x = a < b, print(a == b)) is what the class's method returns, which need not
     * be a bool. A truth test (if a < b) converts it at once and keeps the boolean forms above and in Py.
     */

    /** {@code a < b} as a value. @param a left @param b right @return what {@code __lt__}/{@code __gt__} returns */
    public static Object ltValue(Object a, Object b) {
        Object r = a instanceof Instance || b instanceof Instance ? rich(a, b, "__lt__", "__gt__") : MISSING;
        return r == MISSING ? (Object) Py.lt(a, b) : r == Py.NOT_IMPLEMENTED ? unorderable("<", a, b) : r;
    }

    /** {@code a <= b} as a value. @param a left @param b right @return what {@code __le__}/{@code __ge__} returns */
    public static Object leValue(Object a, Object b) {
        Object r = a instanceof Instance || b instanceof Instance ? rich(a, b, "__le__", "__ge__") : MISSING;
        return r == MISSING ? (Object) Py.le(a, b) : r == Py.NOT_IMPLEMENTED ? unorderable("<=", a, b) : r;
    }

    /** {@code a > b} as a value. @param a left @param b right @return what {@code __gt__}/{@code __lt__} returns */
    public static Object gtValue(Object a, Object b) {
        Object r = a instanceof Instance || b instanceof Instance ? rich(a, b, "__gt__", "__lt__") : MISSING;
        return r == MISSING ? (Object) Py.gt(a, b) : r == Py.NOT_IMPLEMENTED ? unorderable(">", a, b) : r;
    }

    /** {@code a >= b} as a value. @param a left @param b right @return what {@code __ge__}/{@code __le__} returns */
    public static Object geValue(Object a, Object b) {
        Object r = a instanceof Instance || b instanceof Instance ? rich(a, b, "__ge__", "__le__") : MISSING;
        return r == MISSING ? (Object) Py.ge(a, b) : r == Py.NOT_IMPLEMENTED ? unorderable(">=", a, b) : r;
    }

    /**
     * {@code a == b} as a value: what {@code __eq__} returns, identity when both operands' methods return
     * NotImplemented.
     *
     * @param a left
     * @param b right
     * @return the result
     */
    public static Object eqValue(Object a, Object b) {
        Object r = a instanceof Instance || b instanceof Instance ? rich(a, b, "__eq__", "__eq__") : MISSING;
        return r == MISSING ? (Object) eq(a, b) : r == Py.NOT_IMPLEMENTED ? (Object) (a == b) : r;
    }

    /**
     * {@code a != b} as a value: what {@code __ne__} returns; a class without one inverts its {@code __eq__}.
     *
     * @param a left
     * @param b right
     * @return the result
     */
    public static Object neValue(Object a, Object b) {
        Object r = a instanceof Instance || b instanceof Instance ? rich(a, b, "__ne__", "__ne__") : MISSING;
        return r == MISSING ? (Object) ne(a, b) : r == Py.NOT_IMPLEMENTED ? (Object) (a != b) : r;
    }

    /**
     * CPython's order of a rich comparison: the left operand's method, then the right operand's reflected one; the
     * right one first when its class is a proper subclass of the left one's.
     *
     * @return the first result that is not NotImplemented; NotImplemented when each method called returned it;
     *     {@link #MISSING} when neither class defines the method (nothing was called)
     */
    private static Object rich(Object a, Object b, String name, String reflected) {
        boolean rightFirst = b instanceof Instance y && a instanceof Instance x && y.type() != x.type()
                && y.type().isSubclassOf(x.type());
        Object first = rightFirst ? side(b, reflected, a) : side(a, name, b);
        if (first != MISSING && first != Py.NOT_IMPLEMENTED) {
            return first;
        }
        Object second = rightFirst ? side(a, name, b) : side(b, reflected, a);
        return second == MISSING ? first : second;
    }

    /** One operand's comparison method, if it is an instance; {@code __ne__} defaults to the inverse of __eq__. */
    private static Object side(Object self, String name, Object other) {
        if (!(self instanceof Instance)) {
            return MISSING;
        }
        Object r = dunder(self, name, other);
        if (r == MISSING && name.equals("__ne__")) {
            r = dunder(self, "__eq__", other);
            return r == MISSING || r == Py.NOT_IMPLEMENTED ? r : (Object) !truthy(r);
        }
        return r;
    }

    private static Object unorderable(String op, Object a, Object b) {
        throw new TypeError("'" + op + "' not supported between instances of '" + Py.typeName(a) + "' and '"
                + Py.typeName(b) + "'");
    }

    /** {@code bool(v)}. @param v the value @return its truth */
    public static boolean truthy(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof io.portalis.pylib.stdlib.Deque<?> d) {
            return d.len() != 0;
        }
        return Py.truthy(v);
    }

    /** {@code str(v)}. @param v the value @return the text */
    public static String str(Object v) {
        return Py.str(v);
    }

    /**
     * {@code format(v, spec)}: an f-string field.
     *
     * @param v the value
     * @param spec the format spec
     * @return the formatted text
     */
    public static String format(Object v, String spec) {
        if (v instanceof Instance) {
            Object r = dunder(v, "__format__", spec);
            if (r != MISSING) {
                return (String) r;
            }
            if (!spec.isEmpty()) {
                throw new TypeError("unsupported format string passed to " + Py.typeName(v) + ".__format__");
            }
            return Py.str(v);
        }
        if (spec.isEmpty()) {
            return Py.str(v);
        }
        return PyFormat.format(v, spec);
    }

    // ---------------------------------------------------------------- containers

    /** {@code len(v)}. @param v the value @return its length */
    public static long len(Object v) {
        if (v instanceof io.portalis.pylib.stdlib.Deque<?> d) {
            return d.len();
        }
        if (v instanceof io.portalis.pylib.stdlib.NamedTuple t) {
            return t.tuple().size();
        }
        if (v instanceof PyType t && Enums.isEnumClass(t)) {
            return Enums.order(t).size();
        }
        if (v instanceof Instance) {
            Object r = dunder(v, "__len__");
            if (r == MISSING) {
                throw new TypeError("object of type '" + Py.typeName(v) + "' has no len()");
            }
            return Ints.toLong(r);
        }
        return Py.len(v);
    }

    /** {@code c[k]}. @param c the container @param k the key @return the item */
    public static Object getItem(Object c, Object k) {
        if (c instanceof PyList<?> l && k instanceof Long i) {
            long n = l.size();
            long j = i < 0 ? i + n : i;
            if (j >= 0 && j < n) {
                return l.get((int) j);
            }
        }
        if (c instanceof TypingForm) {
            // List[int], Generic[T]: annotations are not checked, so a parameterized form is the form itself
            return c;
        }
        if (k instanceof PySlice s && !(c instanceof Instance)) {
            return slice(c, s.start(), s.stop(), s.step());
        }
        if (c instanceof io.portalis.pylib.stdlib.Deque<?> d) {
            return d.getItem(index(k));
        }
        if (c instanceof io.portalis.pylib.stdlib.NamedTuple t) {
            return t.getItem(index(k));
        }
        if (c instanceof Instance) {
            Object r = dunder(c, "__getitem__", k);
            if (r == MISSING) {
                throw new TypeError("'" + Py.typeName(c) + "' object is not subscriptable");
            }
            return r;
        }
        if (c instanceof PyType t && Enums.isEnumClass(t)) {
            return Enums.byName(t, k);
        }
        if (c instanceof PyType t) {
            Object m = t.isBuiltin() ? MISSING : t.lookup("__class_getitem__");
            if (m != MISSING) {
                return call(m, t, k);
            }
            throw new TypeError("type '" + t.name() + "' is not subscriptable");
        }
        return Py.getItem(c, sequenceKey(c, k));
    }

    /** A built-in sequence reads an object whose class defines {@code __index__} as the int it returns. */
    private static Object sequenceKey(Object c, Object k) {
        return k instanceof Instance && (c instanceof PyList<?> || c instanceof String || c instanceof PyTuple
                || c instanceof PyRange || c instanceof PyBytes || c instanceof PyByteArray) ? PySlice.index(k) : k;
    }

    /** {@code c[k] = v}. @param c the container @param k the key @param v the value */
    @SuppressWarnings("unchecked")
    public static void setItem(Object c, Object k, Object v) {
        if (k instanceof PySlice s && c instanceof PyList<?> l) {
            Long start = PySlice.bound(s.start());
            Long stop = PySlice.bound(s.stop());
            Long step = PySlice.bound(s.step());
            if (step != null && step == 0) {
                throw new ValueError("slice step cannot be zero");
            }
            Iterable<Object> values;
            try {
                values = iterable(v);
            } catch (TypeError notIterable) {
                // CPython replaces any TypeError of iter(v) here, one raised by a class's __iter__ included
                throw new TypeError(step == null || step == 1 ? "can only assign an iterable"
                        : "must assign iterable to extended slice");
            }
            // no copy here: setSlice reads another list directly and copies this list itself (a[::-1] = a), a
            // tuple or any other iterable first, as Python does
            ((PyList<Object>) l).setSlice(start, stop, step, values);
            return;
        }
        if (c instanceof io.portalis.pylib.stdlib.Deque<?> dq && !(k instanceof PySlice)) {
            ((io.portalis.pylib.stdlib.Deque<Object>) dq).setItem(index(k), v);
            return;
        }
        if (c instanceof PyByteArray ba) {
            if (k instanceof PySlice s) {
                setByteArraySlice(ba, s, v, "assignment to");
            } else {
                ba.setItem(index(k), v);
            }
            return;
        }
        if (c instanceof Instance) {
            if (dunder(c, "__setitem__", k, v) == MISSING) {
                throw new TypeError("'" + Py.typeName(c) + "' object does not support item assignment");
            }
            return;
        }
        Py.setItem(c, sequenceKey(c, k), v);
    }

    /** {@code del c[k]}. @param c the container @param k the key */
    public static void delItem(Object c, Object k) {
        if (k instanceof PySlice s && c instanceof PyList<?> l) {
            l.delSlice(PySlice.bound(s.start()), PySlice.bound(s.stop()), PySlice.bound(s.step()));
            return;
        }
        if (c instanceof io.portalis.pylib.stdlib.Deque<?> dq && !(k instanceof PySlice)) {
            dq.delItem(index(k));
            return;
        }
        if (c instanceof PyByteArray ba) {
            if (k instanceof PySlice s) {
                setByteArraySlice(ba, s, null, "deletion from");
            } else {
                ba.delItem(index(k));
            }
            return;
        }
        if (c instanceof Instance) {
            if (dunder(c, "__delitem__", k) == MISSING) {
                throw Py.noItemDeletion(c, k);
            }
            return;
        }
        Py.delItem(c, sequenceKey(c, k));
    }

    /** {@code item in c}. @param c the container @param item the item @return whether it is there */
    public static boolean contains(Object c, Object item) {
        if (c instanceof PyType t && Enums.isEnumClass(t)) {
            return Enums.order(t).contains(item);
        }
        if (c instanceof Instance) {
            Object r = dunder(c, "__contains__", item);
            if (r != MISSING) {
                return Py.truthy(r);
            }
            PyType t = ((Instance) c).type();
            if (t.lookup("__iter__") == MISSING && t.lookup("__getitem__") == MISSING) {
                throw new TypeError("argument of type '" + t.name() + "' is not iterable");
            }
            for (Object o : iterable(c)) {
                if (eq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        return Py.contains(c, item);
    }

    /**
     * {@code iter(v)}.
     *
     * @param v the iterable
     * @return an iterator
     * @throws TypeError when {@code v} is not iterable
     */
    public static Iterator<Object> iter(Object v) {
        if (v instanceof PyType t && Enums.isEnumClass(t)) {
            return new ArrayList<>(Enums.order(t)).iterator();
        }
        if (v instanceof Instance) {
            Object r = dunder(v, "__iter__");
            if (r == MISSING) {
                if (((Instance) v).type().lookup("__getitem__") != MISSING) {
                    return new GetItemIterator(v);
                }
                throw new TypeError("'" + Py.typeName(v) + "' object is not iterable");
            }
            return asIterator(r);
        }
        return Py.iter(v);
    }

    @SuppressWarnings("unchecked")
    private static Iterator<Object> asIterator(Object r) {
        if (r instanceof Iterator<?> it) {
            return (Iterator<Object>) it;
        }
        if (r instanceof Instance i && i.type().lookup("__next__") != MISSING) {
            return new NextIterator(r);
        }
        throw new TypeError("iter() returned non-iterator of type '" + Py.typeName(r) + "'");
    }

    /**
     * {@code iter(v)} as a Java {@link Iterable}, for a {@code for} loop and for the library calls that take an
     * iterable.
     *
     * <p>A list or tuple is returned as it is, so that the library's list fast paths (join, sum, {@code list(v)},
     * slice assignment) see it: its own iterator reads by index and re-reads the length at every step, as
     * CPython's list iterator does, so a list that grows during the loop is still seen growing. Anything else is
     * wrapped in a one-shot iterable over {@code iter(v)}, evaluated here, so that a non-iterable fails at once.
     *
     * @param v the iterable
     * @return the list or tuple itself, or a one-shot iterable over {@code iter(v)}
     * @throws TypeError when {@code v} is not iterable
     */
    public static Iterable<Object> iterable(Object v) {
        if (v instanceof PyList<?> || v instanceof PyTuple) {
            @SuppressWarnings("unchecked")
            Iterable<Object> same = (Iterable<Object>) v;
            return same;
        }
        Iterator<Object> it = iter(v);
        return () -> it;
    }

    /** {@code ba[i:j] = v}, or {@code del ba[i:j]} when {@code v} is null; {@code what} names the operation. */
    private static void setByteArraySlice(PyByteArray ba, PySlice s, Object v, String what) {
        if (s.step() != null && index(s.step()) != 1) {
            throw new NotImplementedError("extended slice " + what + " a bytearray is not supported");
        }
        ba.setSlice(PySlice.bound(s.start()), PySlice.bound(s.stop()), v);
    }

    /**
     * Ends a {@code for} loop whose iterable was a temporary (a call or a generator expression, bound to no name):
     * CPython drops its last reference as the loop ends, by exhaustion, {@code break}, {@code return} or an
     * exception, and a generator suspended at a {@code yield} is closed there, running its {@code finally} blocks
     * before the statement after the loop. Call it in a {@code finally} around such a loop.
     *
     * @param iterable the loop's iterable, as evaluated before the loop
     * @throws RuntimeError {@code generator ignored GeneratorExit}, as CPython reports it
     */
    public static void release(Object iterable) {
        if (iterable instanceof PyGenerator g) {
            g.close();
        }
    }

    /**
     * {@code dir()} without arguments: the names that are bound, sorted (a module's globals, or a function's
     * locals).
     *
     * @param names the names of the scope
     * @param values their values, {@link #UNBOUND} where unbound
     * @return a new sorted list of the bound names
     */
    public static PyList<Object> boundNames(String[] names, Object[] values) {
        PyList<Object> bound = new PyList<>();
        for (int i = 0; i < names.length; i++) {
            if (values[i] != UNBOUND) {
                bound.add(names[i]);
            }
        }
        bound.sort();
        return bound;
    }

    /**
     * {@code next(it)}.
     *
     * @param it the iterator
     * @return the next item
     * @throws StopIteration at the end
     */
    public static Object next(Object it) {
        if (it instanceof Instance) {
            Object r = dunder(it, "__next__");
            if (r == MISSING) {
                throw new TypeError("'" + Py.typeName(it) + "' object is not an iterator");
            }
            return r;
        }
        if (!(it instanceof Iterator<?> i)) {
            throw new TypeError("'" + Py.typeName(it) + "' object is not an iterator");
        }
        if (it instanceof PyGenerator g) {
            return g.send(null);
        }
        try {
            return i.next();
        } catch (NoSuchElementException e) {
            throw new StopIteration();
        }
    }

    /**
     * {@code next(it, default)}.
     *
     * @param it the iterator
     * @param dflt the value at the end
     * @return the next item or {@code dflt}
     */
    public static Object next(Object it, Object dflt) {
        try {
            return next(it);
        } catch (StopIteration e) {
            return dflt;
        } catch (UserException e) {
            if (Types.named("StopIteration").isInstance(e)) {
                return dflt;
            }
            throw e;
        }
    }

    /**
     * Unpacks an iterable into exactly {@code n} values.
     *
     * @param v the iterable
     * @param n the number of targets
     * @return the values
     * @throws ValueError when the count differs
     */
    public static Object[] unpack(Object v, int n) {
        if (v instanceof PyTuple t && t.size() == n) {
            return t.toArray();
        }
        if (v instanceof Instance) {
            return Py.unpack(new PyList<>(iterable(v)), n);
        }
        if (!(v instanceof Iterable<?> || v instanceof java.util.Iterator<?> || v instanceof String)) {
            throw new TypeError("cannot unpack non-iterable " + Py.typeName(v) + " object");
        }
        return Py.unpack(v, n);
    }

    /**
     * Unpacks an iterable for a starred target {@code a, *b, c = v}: the {@code before} values, a list of the
     * middle, then the {@code after} values.
     *
     * @param v the iterable
     * @param before targets before the star
     * @param after targets after the star
     * @return {@code before + 1 + after} values
     * @throws ValueError when there are too few values
     */
    public static Object[] unpackStar(Object v, int before, int after) {
        List<Object> all = new ArrayList<>();
        for (Object o : iterable(v)) {
            all.add(o);
        }
        if (all.size() < before + after) {
            throw new ValueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + all.size() + ")");
        }
        Object[] out = new Object[before + 1 + after];
        for (int i = 0; i < before; i++) {
            out[i] = all.get(i);
        }
        out[before] = new PyList<>(all.subList(before, all.size() - after));
        for (int i = 0; i < after; i++) {
            out[before + 1 + i] = all.get(all.size() - after + i);
        }
        return out;
    }

    /**
     * {@code range(...)} from call arguments.
     *
     * @param args one to three ints, or objects with {@code __index__}
     * @return the range
     */
    public static PyRange range(Object... args) {
        Object[] a = args;
        for (int i = 0; i < a.length; i++) {
            Object v = asIndex(a[i]);
            if (v != a[i]) {
                a = a == args ? args.clone() : a;
                a[i] = v;
            }
        }
        return switch (a.length) {
            case 1 -> PyRange.of(0L, a[0], 1L);
            case 2 -> PyRange.of(a[0], a[1], 1L);
            case 3 -> PyRange.of(a[0], a[1], a[2]);
            default -> throw new TypeError("range expected at " + (a.length == 0 ? "least 1 argument" : "most 3 arguments")
                    + ", got " + a.length);
        };
    }

    // ---------------------------------------------------------------- types

    /**
     * {@code type(v)}.
     *
     * @param v the value
     * @return its class
     */
    public static PyType type(Object v) {
        if (v instanceof Instance i) {
            return i.type();
        }
        return Types.ofBuiltin(v);
    }

    /**
     * {@code isinstance(v, cls)}; {@code cls} may be a tuple of classes.
     *
     * @param v the value
     * @param cls a class or tuple of classes
     * @return whether {@code v} is an instance
     * @throws TypeError when {@code cls} is not a class
     */
    public static boolean isinstance(Object v, Object cls) {
        if (cls instanceof PyTuple t) {
            for (Object c : t) {
                if (isinstance(v, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType t)) {
            throw new TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return t.abcMeta() ? AbcModule.instanceCheck(t, v) : t.isInstance(v);
    }

    /**
     * {@code issubclass(c, cls)}.
     *
     * @param c the class
     * @param cls a class or tuple of classes
     * @return whether {@code c} derives from {@code cls}
     */
    public static boolean issubclass(Object c, Object cls) {
        if (cls instanceof PyTuple t) {
            for (Object x : t) {
                if (issubclass(c, x)) {
                    return true;
                }
            }
            return false;
        }
        if (!(c instanceof PyType a)) {
            throw new TypeError("issubclass() arg 1 must be a class");
        }
        if (!(cls instanceof PyType b)) {
            throw new TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (b.abcMeta()) {
            return AbcModule.subclassCheck(b, a);
        }
        return a.isSubclassOf(b) || b == Types.OBJECT || b == Types.INT && a == Types.BOOL;
    }

    // ---------------------------------------------------------------- exceptions

    /**
     * Whether an exception is matched by an {@code except} clause's class (or tuple of classes).
     *
     * @param e the exception
     * @param cls the clause's class or tuple
     * @return whether the clause catches it
     */
    public static boolean matches(PyBaseException e, Object cls) {
        if (cls instanceof PyTuple t) {
            for (Object c : t) {
                if (matches(e, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType t) || !t.isException()) {
            throw new TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return t.isInstance(e);
    }

    /**
     * The exception a {@code raise} statement throws: {@code raise Cls} instantiates the class.
     *
     * @param exc the raised value
     * @return the exception to throw
     * @throws TypeError when the value is not an exception
     */
    public static PyBaseException raise(Object exc) {
        Object e = exc instanceof PyType t && t.isException() ? t.call(new Object[0], PyCallable.NO_KW) : exc;
        if (e instanceof PyBaseException p) {
            return p;
        }
        return new TypeError("exceptions must derive from BaseException");
    }

    /**
     * {@code raise exc from cause}.
     *
     * @param exc the raised value
     * @param cause the cause, or None
     * @return the exception to throw
     */
    public static PyBaseException raiseFrom(Object exc, Object cause) {
        PyBaseException e = raise(exc);
        return e.withCause(cause == null ? null : raise(cause));
    }

    /**
     * The Python exception a caught Java throwable stands for.
     *
     * @param t the throwable
     * @return the Python exception
     */
    public static PyBaseException caught(Throwable t) {
        PyBaseException p = t instanceof StackOverflowError ? new RecursionError("maximum recursion depth exceeded")
                : Py.wrap(t);
        p.markRaised();
        return p;
    }


    // ---------------------------------------------------------------- helpers of generated code

    /** A value evaluated only for its effects, as an expression statement. @param v the value */
    public static void discard(Object v) {
        // nothing to do: the expression was evaluated for its effects
    }

    /**
     * The value of an index argument, such as {@code range}'s bounds.
     *
     * @param v the value
     * @return it as a {@code long}
     * @throws TypeError when it is not an int
     */
    public static long index(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        return Ints.toLong(asIndex(v));
    }

    /**
     * {@code operator.index(v)}: an int as it is, or what an object's {@code __index__} returns.
     *
     * @param v the value
     * @return the int
     * @throws TypeError when {@code v} is neither, or {@code __index__} returns something else
     */
    public static Object asIndex(Object v) {
        if (Ints.isInt(v)) {
            return v;
        }
        if (v instanceof Instance) {
            Object r = dunder(v, "__index__");
            if (r != MISSING) {
                // a bool passes, as in CPython 3.11 (which also warns that this is deprecated)
                if (!Ints.isInt(r)) {
                    throw new TypeError("__index__ returned non-int (type " + Py.typeName(r) + ")");
                }
                return r;
            }
        }
        throw new TypeError("'" + Py.typeName(v) + "' object cannot be interpreted as an integer");
    }

    /** {@code seq[a:b:c]}. @param seq the sequence @param a start @param b stop @param c step @return the slice */
    public static Object slice(Object seq, Object a, Object b, Object c) {
        if (seq instanceof Instance) {
            return getItem(seq, new PySlice(a, b, c));
        }
        if (a instanceof Instance || b instanceof Instance || c instanceof Instance) {
            a = PySlice.index(a);
            b = PySlice.index(b);
            c = PySlice.index(c);
        }
        if (c != null && !(c instanceof java.math.BigInteger) && Ints.isInt(c) && Ints.toLong(c) == 0) {
            throw new ValueError("slice step cannot be zero");
        }
        if (seq instanceof io.portalis.pylib.stdlib.NamedTuple t) {
            // a named tuple's slice is a plain tuple
            return Py.slice(t.tuple(), a, b, c);
        }
        return Py.slice(seq, a, b, c);
    }

    /** {@code item in container}, evaluated in Python's order. @param item the item @param c the container @return whether it is there */
    public static boolean in(Object item, Object c) {
        return contains(c, item);
    }

    /** A {@code *iterable} inside a display or call. @param v the iterable @return the marker */
    public static Object star(Object v) {
        return new Star(v);
    }

    private record Star(Object v) {
    }

    private static void addAll(List<Object> out, Object[] items) {
        for (Object o : items) {
            if (o instanceof Star s) {
                for (Object x : iterable(s.v())) {
                    out.add(x);
                }
            } else {
                out.add(o);
            }
        }
    }

    /** {@code [a, *b]}. @param items the items and starred iterables @return the list */
    public static PyList<Object> listOf(Object... items) {
        PyList<Object> l = new PyList<>();
        addAll(l, items);
        return l;
    }

    /** {@code (a, *b)}. @param items the items and starred iterables @return the tuple */
    public static PyTuple tupleOf(Object... items) {
        return PyTuple.from(listOf(items));
    }

    /** <code>{a, *b}</code>. @param items the items and starred iterables @return the set */
    public static PySet<Object> setOf(Object... items) {
        return new PySet<>(listOf(items));
    }

    /**
     * <code>{k: v, **d}</code>: keys and values alternate; a starred entry stands for a mapping to merge.
     *
     * @param items keys and values, and starred mappings
     * @return the dict
     */
    @SuppressWarnings("unchecked")
    public static PyDict<Object, Object> dictOf(Object... items) {
        PyDict<Object, Object> d = new PyDict<>();
        for (int i = 0; i < items.length; i++) {
            if (items[i] instanceof Star s) {
                if (!(s.v() instanceof PyDict<?, ?> m)) {
                    throw new TypeError("'" + Py.typeName(s.v()) + "' object is not a mapping");
                }
                d.update((PyDict<Object, Object>) m);
            } else {
                d.setItem(items[i], items[i + 1]);
                i++;
            }
        }
        return d;
    }

    /**
     * Reading a name that is bound nowhere.
     *
     * @param name the name
     * @return never
     * @throws NameError always
     */
    public static Object nameError(String name) {
        throw new NameError("name '" + name + "' is not defined");
    }

    /**
     * {@code del name}: the value the variable holds afterwards.
     *
     * @param current the current value
     * @param name the name
     * @return {@code None}
     */
    public static Object deleted(Object current, String name) {
        return null;
    }

    /**
     * A bare {@code raise} with no exception being handled.
     *
     * @return never
     */
    public static PyBaseException reraise() {
        return new RuntimeError("No active exception to reraise");
    }

    /**
     * {@code from module import name}.
     *
     * @param module the module
     * @param name the name
     * @return its value
     * @throws ImportError when the module has no such name
     */
    public static Object importFrom(PyModule module, String name) {
        Object v = module.attr(name);
        if (v == MISSING) {
            // CPython's message ends with the module's file, which a translated program does not have
            throw new ImportError("cannot import name '" + name + "' from '" + module.name() + "'")
                    .setAttribute("name", module.name());
        }
        return v;
    }

    /**
     * A name imported from {@code typing}: annotations are not checked, so it stands for itself.
     *
     * @param name the typing name
     * @return a subscriptable placeholder
     */
    public static Object typingForm(String name) {
        if (name.equals("Generic")) {
            return Typing.GENERIC;
        }
        return new TypingForm(name);
    }

    record TypingForm(String name) implements PyRepr, PyCallable {
        @Override
        public String repr() {
            return "typing." + name;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            return args.length > 0 ? args[args.length - 1] : null;
        }
    }

    /**
     * {@code with cm:} entry: calls {@code cm.__enter__()}.
     *
     * @param cm the context manager
     * @return what {@code __enter__} returns
     */
    public static Object enter(Object cm) {
        if (cm instanceof ContextManager c) {
            return c.enter();
        }
        if (cm instanceof Instance i && i.type().lookup("__enter__") != MISSING
                && i.type().lookup("__exit__") != MISSING) {
            return dunder(cm, "__enter__");
        }
        throw new TypeError("'" + Py.typeName(cm) + "' object does not support the context manager protocol");
    }

    /**
     * {@code with cm:} exit: calls {@code cm.__exit__(type, value, traceback)}.
     *
     * @param cm the context manager
     * @param e the exception leaving the block, or null
     * @return whether {@code __exit__} suppressed the exception
     */
    public static boolean exit(Object cm, PyBaseException e) {
        if (cm instanceof ContextManager c) {
            return c.exit(e);
        }
        Object r = e == null ? dunder(cm, "__exit__", null, null, null)
                : dunder(cm, "__exit__", type(e), e, new TracebackValue(e));
        return e != null && Py.truthy(r);
    }

    /**
     * Records the order of a class's annotated fields, for dataclasses.
     *
     * @param cls the class
     * @param fields the annotated names in order
     */
    public static void setFieldOrder(Object cls, List<String> fields) {
        if (!fields.isEmpty()) {
            ((PyType) cls).dict().putIfAbsent("__fieldorder__", new ArrayList<>(fields));
        }
    }

    /**
     * Runs a comprehension's body on its first iterable (evaluated where the comprehension stands).
     *
     * @param source the first iterable
     * @param body the comprehension
     * @return its value
     */
    public static Object evaluate(Object source, java.util.function.Function<Object, Object> body) {
        return body.apply(source);
    }

    /**
     * A generator expression: its first iterable is iterated at once, the rest lazily.
     *
     * @param source the first iterable
     * @param body the generator's body, receiving the iterator and the generator
     * @return the generator
     */
    public static PyGenerator genexpr(Object source, java.util.function.BiFunction<Object, PyGenerator, Object> body) {
        Iterator<Object> it = iter(source);
        return new PyGenerator("<genexpr>", g -> body.apply(it, g)).expression();
    }


    // ---------------------------------------------------------------- match statements

    /** A capture in a pattern has happened. @param assigned the value assigned @return true */
    public static boolean bound(Object assigned) {
        return true;
    }

    /**
     * A sequence pattern: the subject's items if it is a sequence (not a str, bytes or mapping) of the right
     * length, with the starred part (at {@code star}, or -1) collected in a list.
     *
     * @param subject the subject
     * @param n the number of sub-patterns, the star included
     * @param star the index of the starred sub-pattern, or -1
     * @return the items to match the sub-patterns against, or null
     */
    public static Object[] matchSequence(Object subject, int n, int star) {
        if (!(subject instanceof PyList<?> || subject instanceof PyTuple || subject instanceof PyRange
                || subject instanceof io.portalis.pylib.stdlib.Deque<?>
                || subject instanceof io.portalis.pylib.stdlib.NamedTuple)) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (Object o : iterable(subject)) {
            items.add(o);
        }
        if (star < 0) {
            return items.size() == n ? items.toArray() : null;
        }
        if (items.size() < n - 1) {
            return null;
        }
        Object[] out = new Object[n];
        int after = n - star - 1;
        for (int i = 0; i < star; i++) {
            out[i] = items.get(i);
        }
        out[star] = new PyList<>(items.subList(star, items.size() - after));
        for (int i = 0; i < after; i++) {
            out[star + 1 + i] = items.get(items.size() - after + i);
        }
        return out;
    }

    /**
     * A mapping pattern: the values of {@code keys} if the subject is a mapping holding them all, followed by a
     * dict of the other items (for {@code **rest}).
     *
     * @param subject the subject
     * @param keys the pattern's keys
     * @return the values and the rest, or null
     */
    public static Object[] matchMapping(Object subject, Object[] keys) {
        if (!(subject instanceof PyDict<?, ?> d)) {
            return null;
        }
        Object[] out = new Object[keys.length + 1];
        for (int i = 0; i < keys.length; i++) {
            if (!d.contains(keys[i])) {
                return null;
            }
            out[i] = d.getItem(keys[i]);
        }
        PyDict<Object, Object> rest = new PyDict<>();
        outer:
        for (Object k : d) {
            for (Object key : keys) {
                if (eq(k, key)) {
                    continue outer;
                }
            }
            rest.setItem(k, d.getItem(k));
        }
        out[keys.length] = rest;
        return out;
    }

    private static final java.util.Set<String> SELF_MATCHING = java.util.Set.of("bool", "bytearray", "bytes",
            "dict", "float", "frozenset", "int", "list", "set", "str", "tuple");

    /**
     * A class pattern {@code Cls(p1, p2, attr=p3)}: the values to match the sub-patterns against if the subject
     * is an instance with those attributes ({@code __match_args__} names the positional ones).
     *
     * @param subject the subject
     * @param cls the class
     * @param positional the number of positional sub-patterns
     * @param keywords the attribute names of the keyword sub-patterns
     * @return the values, or null when the subject does not match
     * @throws TypeError when {@code cls} is not a class or takes too many positional sub-patterns
     */
    public static Object[] matchClass(Object subject, Object cls, int positional, String[] keywords) {
        if (!(cls instanceof PyType t)) {
            throw new TypeError("called match pattern must be a class");
        }
        if (!t.isInstance(subject)) {
            return null;
        }
        Object[] out = new Object[positional + keywords.length];
        if (positional > 0) {
            if (t.isBuiltin() && SELF_MATCHING.contains(t.name())) {
                if (positional > 1) {
                    throw new TypeError(t.name() + "() accepts 1 positional sub-pattern (" + positional + " given)");
                }
                out[0] = subject;
            } else {
                Object args = t.lookup("__match_args__");
                List<Object> names = args == MISSING ? List.of() : new PyList<>(iterable(args));
                if (positional > names.size()) {
                    throw new TypeError(t.name() + "() accepts " + names.size() + " positional sub-pattern"
                            + (names.size() == 1 ? "" : "s") + " (" + positional + " given)");
                }
                for (int i = 0; i < positional; i++) {
                    Object v = getattrOr(subject, (String) names.get(i));
                    if (v == MISSING) {
                        return null;
                    }
                    out[i] = v;
                }
            }
        }
        for (int i = 0; i < keywords.length; i++) {
            Object v = getattrOr(subject, keywords[i]);
            if (v == MISSING) {
                return null;
            }
            out[positional + i] = v;
        }
        return out;
    }

    private static final class NextIterator implements Iterator<Object> {
        private final Object target;
        private Object pending = MISSING;
        private boolean done;

        NextIterator(Object target) {
            this.target = target;
        }

        @Override
        public boolean hasNext() {
            if (pending == MISSING && !done) {
                try {
                    pending = dunder(target, "__next__");
                } catch (PyBaseException e) {
                    if (!Types.named("StopIteration").isInstance(e)) {
                        throw e;
                    }
                    done = true;
                }
            }
            return !done;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object r = pending;
            pending = MISSING;
            return r;
        }
    }

    private static final class GetItemIterator implements Iterator<Object> {
        private final Object target;
        private long index;
        private Object pending = MISSING;
        private boolean done;

        GetItemIterator(Object target) {
            this.target = target;
        }

        @Override
        public boolean hasNext() {
            if (pending == MISSING && !done) {
                try {
                    pending = dunder(target, "__getitem__", index++);
                } catch (IndexError | StopIteration e) {
                    done = true;
                }
            }
            return !done;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object r = pending;
            pending = MISSING;
            return r;
        }
    }

    // ---------------------------------------------------------------- augmented assignment to attributes

    /**
     * {@code a += b} where {@code a} is an attribute's value: an int, float or str has no in-place form, so this is
     * {@code a + b}; other values take {@link #inplace}. Small, so that the JIT inlines it where it cannot inline
     * {@link #inplace}.
     *
     * @param a the current value
     * @param b the operand
     * @return the new value
     */
    public static Object inplaceAdd(Object a, Object b) {
        return numbers(a, b) || a instanceof String ? add(a, b) : inplace("+", a, b);
    }

    /**
     * {@code a -= b} where {@code a} is an attribute's value, as {@link #inplaceAdd} is for {@code +=}.
     *
     * @param a the current value
     * @param b the operand
     * @return the new value
     */
    public static Object inplaceSub(Object a, Object b) {
        return numbers(a, b) ? sub(a, b) : inplace("-", a, b);
    }

    /**
     * {@code a *= b} where {@code a} is an attribute's value, as {@link #inplaceAdd} is for {@code +=}.
     *
     * @param a the current value
     * @param b the operand
     * @return the new value
     */
    public static Object inplaceMul(Object a, Object b) {
        return numbers(a, b) ? mul(a, b) : inplace("*", a, b);
    }

    /** Whether both operands are ints or floats, for which an augmented operator is the binary one. */
    private static boolean numbers(Object a, Object b) {
        return (a instanceof Long || a instanceof Double) && (b instanceof Long || b instanceof Double);
    }
}
