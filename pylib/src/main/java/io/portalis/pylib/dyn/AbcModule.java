package io.portalis.pylib.dyn;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyAssertionError;
import io.portalis.pylib.PyFrozenSet;
import io.portalis.pylib.RuntimeError;
import io.portalis.pylib.TypeError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * Python's {@code abc}: the metaclass {@code ABCMeta}, the base class {@code ABC} (a class whose metaclass is
 * {@code ABCMeta}), the decorator {@code abstractmethod} and {@code update_abstractmethods}. A class whose
 * metaclass is {@code ABCMeta} (see {@link PyType#abcMeta()}) is abstract while some name resolves, in the class,
 * to something abstract (a function marked by {@code abstractmethod}, or a property, static or class method
 * wrapping one), and instantiating it raises CPython's {@code TypeError: Can't instantiate abstract class Shape
 * with abstract method area}. Such a class also has {@code register}, and {@code isinstance} and
 * {@code issubclass} against it run {@code ABCMeta.__subclasscheck__}: its {@code __subclasshook__}, the MRO, the
 * registered classes and the subclasses, with the caches CPython keeps, so that a hook runs as often as there.
 */
final class AbcModule {
    /** What {@code ABCMeta} keeps for each of its classes, by class identity. */
    private static final Map<PyType, State> STATES = new WeakHashMap<>();

    /**
     * {@code ABCMeta._abc_invalidation_counter}: bumped by every {@code register}, which makes the negative caches
     * of all classes stale.
     */
    private static int invalidation;

    /** {@code abc.ABCMeta}, a subclass of {@code type} whose instances are the classes it made. */
    static final PyType ABC_META = meta();

    /** {@code abc.ABC}: one class for the whole program, as CPython's module holds one. */
    static final PyType ABC = PyType.create("ABC", new Object[0], Map.of("__module__", "abc"), ABC_META);

    private AbcModule() {
    }

    private static PyType meta() {
        Signature sig = new Signature("ABCMeta.__new__", new String[] {"name", "bases", "namespace"}, 3, false,
                new String[0], false);
        PyType t = PyType.builtin("ABCMeta", Types.TYPE, v -> v instanceof PyType c && c.abcMeta(), (a, k) -> {
            Object[] b = sig.bind(a, k, new Object[0], new Object[0]);
            return Types.newClass(b[0], b[1], b[2], AbcModule.ABC_META);
        });
        t.dict().put("__module__", "abc");
        return t;
    }

    /** The abstract method names, registered classes and caches of one class made by {@code ABCMeta}. */
    private static final class State {
        /** {@code __abstractmethods__}, sorted. */
        List<String> abstracts = List.of();
        /** {@code _abc_registry}, {@code _abc_cache} and {@code _abc_negative_cache}: weak, as CPython's. */
        final Set<PyType> registry = weakSet();
        final Set<PyType> cache = weakSet();
        final Set<PyType> negative = weakSet();
        int negativeVersion = invalidation;
    }

    private static Set<PyType> weakSet() {
        // a class does not override equals: the set is by identity, as CPython's WeakSet of classes is
        return Collections.newSetFromMap(new WeakHashMap<>());
    }

    private static State state(PyType t) {
        synchronized (STATES) {
            return STATES.computeIfAbsent(t, k -> new State());
        }
    }

    static PyModule module() {
        PyModule m = new PyModule("abc");
        m.put("ABC", ABC);
        m.put("ABCMeta", ABC_META);
        m.put("abstractmethod", PyFunction.of("abstractmethod", a -> {
            Rt.setattr(a[0], "__isabstractmethod__", true);
            return a[0];
        }, "funcobj"));
        m.put("update_abstractmethods", PyFunction.of("update_abstractmethods", a -> {
            if (a[0] instanceof PyType t && t.abcMeta()) {
                state(t).abstracts = find(t);
            }
            return a[0];
        }, "cls"));
        return m;
    }

    /**
     * Whether instantiating {@code t} is refused because it is abstract.
     *
     * @param t a class
     * @return true when {@code t}'s metaclass is {@code ABCMeta} and it has abstract methods left
     */
    static boolean isAbstract(PyType t) {
        return t.abcMeta() && !state(t).abstracts.isEmpty();
    }

    /**
     * Refuses to instantiate an abstract class, as {@code object.__new__} does.
     *
     * @param t the class being instantiated
     * @throws TypeError {@code Can't instantiate abstract class Shape with abstract methods area, perimeter}
     */
    static void checkInstantiable(PyType t) {
        if (!t.abcMeta()) {
            return;
        }
        List<String> names = state(t).abstracts;
        if (!names.isEmpty()) {
            throw new TypeError("Can't instantiate abstract class " + t.name() + " with abstract method"
                    + (names.size() == 1 ? "" : "s") + " " + String.join(", ", names));
        }
    }

    /**
     * Records the abstract methods of a class statement's new class, as {@code ABCMeta.__new__} fixes
     * {@code __abstractmethods__} then: assigning a method to the class later does not make it instantiable.
     *
     * @param t the class just created
     */
    static void created(PyType t) {
        if (t.abcMeta()) {
            state(t).abstracts = find(t);
        }
    }

    /**
     * {@code cls.__abstractmethods__}.
     *
     * @param t a class whose metaclass is {@code ABCMeta}
     * @return the names of its abstract methods
     */
    static PyFrozenSet<Object> abstractMethods(PyType t) {
        return new PyFrozenSet<>(new ArrayList<Object>(state(t).abstracts));
    }

    /**
     * The abstract names of {@code t}, sorted, as {@code ABCMeta.__new__} finds them: those of its own namespace
     * whose values are abstract, and those abstract in a base that are still abstract in {@code t}.
     */
    private static List<String> find(PyType t) {
        TreeSet<String> names = new TreeSet<>();
        for (Map.Entry<String, Object> e : new ArrayList<>(t.dict().entrySet())) {
            if (isAbstractValue(e.getValue())) {
                names.add(e.getKey());
            }
        }
        for (PyType base : t.bases()) {
            if (base.abcMeta()) {
                for (String name : state(base).abstracts) {
                    if (isAbstractValue(t.lookup(name))) {
                        names.add(name);
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    /** {@code getattr(v, "__isabstractmethod__", False)}, seen through the wrappers that forward it. */
    private static boolean isAbstractValue(Object v) {
        if (v instanceof Decorators.FunctionWrapper w) {
            return isAbstractValue(w.fn());
        }
        if (v instanceof Decorators.Property p) {
            return isAbstractValue(p.getter()) || isAbstractValue(p.setter()) || isAbstractValue(p.deleter());
        }
        if (!(v instanceof PyFunction)) {
            return false;
        }
        Object flag = Rt.getattrOr(v, "__isabstractmethod__");
        return flag != Rt.MISSING && Rt.truthy(flag);
    }

    /**
     * {@code cls.register}: the method {@code ABCMeta} gives its classes.
     *
     * @param t a class whose metaclass is {@code ABCMeta}
     * @return {@code register(subclass)}, which returns the subclass so that it serves as a class decorator
     */
    static PyCallable register(PyType t) {
        return (a, k) -> {
            Args.exact("register", a, k, 1);
            if (!(a[0] instanceof PyType sub)) {
                throw new TypeError("Can only register classes");
            }
            if (subclassCheck(t, sub)) {
                return sub;
            }
            if (Rt.issubclass(t, sub)) {
                throw new RuntimeError("Refusing to create an inheritance cycle");
            }
            state(t).registry.add(sub);
            invalidation++;
            return sub;
        };
    }

    /**
     * {@code isinstance(v, t)} for a class {@code t} whose metaclass is {@code ABCMeta}.
     *
     * @param t the class
     * @param v any value
     * @return whether {@code v}'s class is {@code t} or passes {@code t.__subclasscheck__}
     */
    static boolean instanceCheck(PyType t, Object v) {
        PyType sub = Rt.type(v);
        return sub == t || subclassCheck(t, sub);
    }

    /**
     * {@code ABCMeta.__subclasscheck__(t, sub)}, in CPython's order: the positive cache, the negative cache (unless
     * a registration made it stale), {@code t.__subclasshook__(sub)} when it decides, the MRO of {@code sub}, the
     * classes registered with {@code t}, then {@code t}'s direct subclasses; the answer is cached.
     *
     * @param t a class whose metaclass is {@code ABCMeta}
     * @param sub the class asked about
     * @return whether {@code sub} counts as a subclass of {@code t}
     * @throws PyAssertionError when the hook returns neither a bool nor NotImplemented
     */
    static boolean subclassCheck(PyType t, PyType sub) {
        State s = state(t);
        if (s.cache.contains(sub)) {
            return true;
        }
        if (s.negativeVersion < invalidation) {
            s.negative.clear();
            s.negativeVersion = invalidation;
        } else if (s.negative.contains(sub)) {
            return false;
        }
        Object ok = t.lookup("__subclasshook__") == Rt.MISSING ? Py.NOT_IMPLEMENTED
                : Rt.call(Rt.getattr(t, "__subclasshook__"), sub);
        if (ok != Py.NOT_IMPLEMENTED) {
            if (!(ok instanceof Boolean b)) {
                throw new PyAssertionError("__subclasshook__ must return either False, True, or NotImplemented");
            }
            (b ? s.cache : s.negative).add(sub);
            return b;
        }
        boolean found = sub.isSubclassOf(t);
        for (PyType r : found ? List.<PyType>of() : new ArrayList<>(s.registry)) {
            if (Rt.issubclass(sub, r)) {
                found = true;
                break;
            }
        }
        for (PyType c : found ? List.<PyType>of() : t.directSubclasses()) {
            if (Rt.issubclass(sub, c)) {
                found = true;
                break;
            }
        }
        (found ? s.cache : s.negative).add(sub);
        return found;
    }
}
