package io.portalis.pylib.dyn;

import io.portalis.pylib.NotImplementedError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyByteArray;
import io.portalis.pylib.PyBaseException;
import io.portalis.pylib.PyBytes;
import io.portalis.pylib.PyComplex;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyFrozenSet;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyRange;
import io.portalis.pylib.PySet;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.stdlib.Deque;
import io.portalis.pylib.stdlib.NamedTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code copy}: {@code copy(x)} and {@code deepcopy(x, memo=None)} as copy.py decides them. Immutable
 * values are their own copies; lists, dicts, sets and bytearrays are copied by type; an instance of a class is
 * rebuilt through its class's {@code __new__} with its attributes (or what {@code __getstate__} returns, given to
 * {@code __setstate__} when the class defines it), unless the class defines {@code __copy__} or
 * {@code __deepcopy__}. {@code deepcopy} keeps a memo, so shared and cyclic references are copied once and stay
 * shared and cyclic in the copy.
 *
 * <p>The memo a {@code __deepcopy__(memo)} hook receives is the dict CPython passes, keyed by {@code id()}. Since
 * pylib's {@code id()} values are not unique, the copies made here are found by identity in a side table kept
 * for that dict while the outermost {@code deepcopy} call using it runs; entries a hook stores in the dict itself
 * are honoured too.
 */
final class CopyFunctions {
    private static final Signature COPY = new Signature("copy", new String[] {"x"}, 0, false, new String[0], false);
    private static final Signature DEEPCOPY = new Signature("deepcopy", new String[] {"x", "memo", "_nil"}, 0, false,
            new String[0], false);

    /** The identity tables of the memo dicts in use, by the dict's identity. */
    private static final Map<PyDict<Object, Object>, Memo> ACTIVE = new IdentityHashMap<>();

    private CopyFunctions() {
    }

    static PyModule module() {
        PyModule m = new PyModule("copy");
        m.put("copy", (PyCallable) (a, k) -> copy(COPY.bind(a, k, new Object[0], new Object[0])[0]));
        m.put("deepcopy", (PyCallable) (a, k) -> {
            Object[] b = DEEPCOPY.bind(a, k, new Object[] {null, null}, new Object[0]);
            return deepcopy(b[0], b[1]);
        });
        return m;
    }

    /** Values that copy.py treats as atomic: their copies are themselves. */
    private static boolean atomic(Object x) {
        return x == null || x instanceof Boolean || x instanceof Long || x instanceof Double
                || x instanceof BigInteger || x instanceof String || x instanceof PyComplex || x instanceof PyBytes
                || x instanceof PyRange || x instanceof PyType || x instanceof PyFunction
                || x instanceof LibraryFunction || x == Py.NOT_IMPLEMENTED
                || x instanceof PyInstance i && Enums.isEnumClass(i.type());
    }

    private static Object copy(Object x) {
        if (atomic(x) || x instanceof PyTuple || x instanceof PyFrozenSet<?>) {
            return x;
        }
        if (x.getClass() == PyList.class) {
            return ((PyList<?>) x).copy();
        }
        if (x.getClass() == PyDict.class) {
            return ((PyDict<?, ?>) x).copy();
        }
        if (x instanceof PySet<?> s) {
            return s.copy();
        }
        if (x instanceof PyByteArray) {
            return Rt.callMethod(x, "copy");
        }
        if (x instanceof PyDict<?, ?> || x instanceof Deque<?>) {
            return collectionCopy(x);
        }
        if (x instanceof NamedTuple t) {
            // tuple's __reduce_ex__: a new instance holding the same items
            return t.withItems(t.tuple().toArray());
        }
        if (x instanceof PyBaseException e) {
            Object copier = Rt.type(x).lookup("__copy__");
            return copier != Rt.MISSING ? Rt.call(copier, x) : exceptionCopy(e, null);
        }
        if (x instanceof PyInstance inst) {
            Object copier = inst.type().lookup("__copy__");
            if (copier != Rt.MISSING) {
                return Rt.call(copier, x);
            }
            return reconstruct(inst, null);
        }
        throw uncopyable(x);
    }

    /**
     * A copy of a {@code collections} type, made as its {@code __copy__} or {@code __reduce__} makes it: the type
     * called on the original, with the default factory or the maximum length it had.
     */
    private static Object collectionCopy(Object x) {
        Object type = Rt.type(x);
        if (x instanceof io.portalis.pylib.stdlib.DefaultDict<?, ?> d) {
            return Rt.call(type, d.factoryValue(), x);
        }
        if (x instanceof Deque<?> q) {
            return Rt.call(type, x, q.maxlen());
        }
        return Rt.call(type, x);
    }

    private static RuntimeException uncopyable(Object x) {
        if (x instanceof Instance) {
            return new NotImplementedError("copying '" + Py.typeName(x) + "' objects is not supported");
        }
        return new TypeError("cannot pickle '" + Py.typeName(x) + "' object");
    }

    /** {@code deepcopy(x, memo)}: the outermost call using a memo dict holds its identity table. */
    @SuppressWarnings("unchecked")
    private static Object deepcopy(Object x, Object memoArg) {
        if (memoArg != null && !(memoArg instanceof PyDict<?, ?>)) {
            throw new io.portalis.pylib.AttributeError("'" + Py.typeName(memoArg) + "' object has no attribute 'get'");
        }
        PyDict<Object, Object> dict = memoArg == null ? new PyDict<>() : (PyDict<Object, Object>) memoArg;
        Memo memo;
        boolean outer;
        synchronized (ACTIVE) {
            memo = ACTIVE.get(dict);
            outer = memo == null;
            if (outer) {
                memo = new Memo(dict);
                ACTIVE.put(dict, memo);
            }
        }
        try {
            return deep(x, memo);
        } finally {
            if (outer) {
                synchronized (ACTIVE) {
                    ACTIVE.remove(dict);
                }
            }
        }
    }

    private static Object deep(Object x, Memo memo) {
        Object y = memo.find(x);
        if (y != Rt.MISSING) {
            return y;
        }
        if (atomic(x)) {
            return x;
        }
        if (x.getClass() == PyList.class) {
            PyList<Object> l = new PyList<>();
            memo.put(x, l);
            List<?> src = (List<?>) x;
            for (int i = 0; i < src.size(); i++) {
                l.add(deep(src.get(i), memo));
            }
            y = l;
        } else if (x instanceof PyTuple t) {
            Object[] items = new Object[t.size()];
            boolean same = true;
            for (int i = 0; i < items.length; i++) {
                items[i] = deep(t.get(i), memo);
                same &= items[i] == t.get(i);
            }
            // a tuple reached again through its own items was copied meanwhile
            Object again = memo.find(x);
            if (again != Rt.MISSING) {
                return again;
            }
            y = same ? x : PyTuple.of(items);
        } else if (x instanceof PyDict<?, ?> d) {
            @SuppressWarnings("unchecked")
            PyDict<Object, Object> c = x.getClass() == PyDict.class ? new PyDict<>()
                    : (PyDict<Object, Object>) collectionCopy(x);
            c.clear();
            memo.put(x, c);
            for (Object k : new ArrayList<Object>(keys(d))) {
                c.setItem(deep(k, memo), deep(d.getItem(k), memo));
            }
            y = c;
        } else if (x instanceof PySet<?> || x instanceof PyFrozenSet<?>) {
            List<Object> items = new ArrayList<>();
            for (Object o : (Iterable<?>) x) {
                items.add(deep(o, memo));
            }
            y = x instanceof PySet<?> ? new PySet<>(items) : new PyFrozenSet<>(items);
        } else if (x instanceof PyByteArray) {
            y = Rt.callMethod(x, "copy");
        } else if (x instanceof Deque<?> q) {
            Object c = collectionCopy(x);
            Rt.callMethod(c, "clear");
            memo.put(x, c);
            for (Object o : new ArrayList<Object>(items(q))) {
                Rt.callMethod(c, "append", deep(o, memo));
            }
            y = c;
        } else if (x instanceof NamedTuple t) {
            Object[] items = t.tuple().toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = deep(items[i], memo);
            }
            y = t.withItems(items);
        } else if (x instanceof PyBaseException e) {
            Object copier = Rt.type(x).lookup("__deepcopy__");
            y = copier != Rt.MISSING ? Rt.call(Rt.getattr(x, "__deepcopy__"), memo.dict) : exceptionCopy(e, memo);
        } else if (x instanceof PyInstance inst) {
            Object copier = Rt.getattrOr(x, "__deepcopy__");
            y = copier != Rt.MISSING ? Rt.call(copier, memo.dict) : reconstruct(inst, memo);
        } else {
            throw uncopyable(x);
        }
        if (y != x) {
            memo.put(x, y);
            memo.keepAlive(x);
        }
        return y;
    }

    private static List<Object> keys(PyDict<?, ?> d) {
        List<Object> out = new ArrayList<>();
        for (Object k : d) {
            out.add(k);
        }
        return out;
    }

    private static List<Object> items(Iterable<?> q) {
        List<Object> out = new ArrayList<>();
        for (Object o : q) {
            out.add(o);
        }
        return out;
    }

    /**
     * copy.py's {@code _reconstruct} for an exception, from what {@code BaseException.__reduce__} returns: its class
     * called with its {@code args} (running {@code __init__} again), then its attributes set on the new one; both
     * deep-copied when {@code memo} is given.
     */
    private static Object exceptionCopy(PyBaseException x, Memo memo) {
        Object[] args = ((PyTuple) Rt.getattr(x, "args")).toArray();
        Object filename = Rt.getattrOr(x, "filename");
        boolean os = x instanceof io.portalis.pylib.OSError || x instanceof UserException u && u.osError() != null;
        if (args.length == 2 && os && filename != null) {
            // OSError.__reduce__ gives back the file names its args leave out
            Object filename2 = Rt.getattr(x, "filename2");
            args = filename2 == null ? new Object[] {args[0], args[1], filename}
                    : new Object[] {args[0], args[1], filename, null, filename2};
        }
        if (memo != null) {
            args = ((PyTuple) deep(PyTuple.of(args), memo)).toArray();
        }
        Object y = Rt.call(Rt.type(x), args);
        if (memo != null) {
            memo.put(x, y);
        }
        if (x instanceof UserException u && !u.dict().isEmpty()) {
            PyDict<Object, Object> attrs = new PyDict<>();
            for (Map.Entry<String, Object> e : u.dict().entrySet()) {
                attrs.setItem(e.getKey(), e.getValue());
            }
            Object state = memo == null ? attrs : deep(attrs, memo);
            for (Object k : keys((PyDict<?, ?>) state)) {
                Rt.setattr(y, (String) k, ((PyDict<?, ?>) state).get(k, null));
            }
        }
        return y;
    }

    /**
     * copy.py's {@code _reconstruct} for an instance: {@code cls.__new__(cls)}, then its state (the attributes, or
     * what {@code __getstate__} returns), deep-copied when {@code memo} is given, through {@code __setstate__} when
     * the class defines it and into the new instance's attributes otherwise.
     */
    private static Object reconstruct(PyInstance x, Memo memo) {
        PyType cls = x.type();
        Object y = Rt.call(Rt.getattr(cls, "__new__"), cls);
        if (memo != null) {
            memo.put(x, y);
        }
        Object state;
        if (cls.lookup("__getstate__") != Rt.MISSING) {
            state = Rt.callMethod(x, "__getstate__");
        } else {
            PyDict<Object, Object> attrs = new PyDict<>();
            for (Map.Entry<String, Object> e : x.dict().entrySet()) {
                attrs.setItem(e.getKey(), e.getValue());
            }
            state = attrs.isEmpty() ? null : attrs;
        }
        if (state == null || !Rt.truthy(state)) {
            return y;
        }
        if (memo != null) {
            state = deep(state, memo);
        }
        if (Rt.hasattr(y, "__setstate__")) {
            Rt.callMethod(y, "__setstate__", state);
        } else if (y instanceof Instance inst && state instanceof PyDict<?, ?> d) {
            for (Object k : keys(d)) {
                if (!(k instanceof String name)) {
                    throw new TypeError("attribute name must be string, not '" + Py.typeName(k) + "'");
                }
                inst.dict().put(name, d.getItem(k));
            }
        } else {
            throw new TypeError("'" + Py.typeName(y) + "' object has no attribute '__dict__'");
        }
        return y;
    }

    /** One deepcopy memo: the dict hooks see, and the copies made here by identity. */
    private static final class Memo {
        final PyDict<Object, Object> dict;
        final IdentityHashMap<Object, Object> copies = new IdentityHashMap<>();
        /** The ids this table stored in {@link #dict}: an entry found under another id was stored by a hook. */
        final java.util.HashSet<Long> ours = new java.util.HashSet<>();

        Memo(PyDict<Object, Object> dict) {
            this.dict = dict;
        }

        Object find(Object x) {
            Object y = copies.get(x);
            if (y != null || copies.containsKey(x)) {
                return y;
            }
            long id = Py.id(x);
            if (!ours.contains(id)) {
                Object hooked = dict.get(id, Rt.MISSING);
                if (hooked != Rt.MISSING) {
                    return hooked;
                }
            }
            return Rt.MISSING;
        }

        void put(Object x, Object y) {
            copies.put(x, y);
            long id = Py.id(x);
            ours.add(id);
            dict.setItem(id, y);
        }

        /** copy.py's {@code _keep_alive}: the originals, in a list stored under the memo's own id. */
        @SuppressWarnings("unchecked")
        void keepAlive(Object x) {
            long id = Py.id(dict);
            Object held = dict.get(id, Rt.MISSING);
            if (held instanceof PyList<?> l && ours.contains(id)) {
                ((PyList<Object>) l).add(x);
            } else {
                ours.add(id);
                dict.setItem(id, PyList.of(x));
            }
        }
    }
}
