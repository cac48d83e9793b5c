package io.portalis.pylib.dyn;

import io.portalis.pylib.TypeError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Python's {@code abc}: the base class {@code ABC} and the decorator {@code abstractmethod}. A class that has
 * {@code ABC} among its bases is abstract while some name its ABC classes define still resolves, in the class, to
 * something abstract (a function marked by {@code abstractmethod}, or a property, static or class method wrapping
 * one), and instantiating it raises CPython's {@code TypeError: Can't instantiate abstract class Shape with
 * abstract method area}. ({@code ABCMeta} itself is not provided: class keywords such as {@code metaclass=} are
 * not translated.)
 */
final class AbcModule {
    /**
     * The abstract method names of each abstract class, found when the class was created, as CPython's
     * {@code ABCMeta.__new__} fixes {@code __abstractmethods__} then: assigning a method to the class later does not
     * make it instantiable. By class identity.
     */
    private static final Map<PyType, List<String>> ABSTRACT = new java.util.WeakHashMap<>();

    /** {@code abc.ABC}: one class for the whole program, as CPython's module holds one. */
    static final PyType ABC = PyType.create("ABC", new Object[0], Map.of("__module__", "abc"));

    private AbcModule() {
    }

    static PyModule module() {
        PyModule m = new PyModule("abc");
        m.put("ABC", ABC);
        m.put("abstractmethod", PyFunction.of("abstractmethod", a -> {
            Rt.setattr(a[0], "__isabstractmethod__", true);
            return a[0];
        }, "funcobj"));
        return m;
    }

    /**
     * Whether instantiating {@code t} is refused because it is abstract.
     *
     * @param t a class
     * @return true when {@code t} derives from {@code ABC} and has abstract methods left
     */
    static boolean isAbstract(PyType t) {
        return !abstractMethods(t).isEmpty();
    }

    /**
     * Refuses to instantiate an abstract class, as {@code object.__new__} does.
     *
     * @param t the class being instantiated
     * @throws TypeError {@code Can't instantiate abstract class Shape with abstract methods area, perimeter}
     */
    static void checkInstantiable(PyType t) {
        List<String> names = abstractMethods(t);
        if (!names.isEmpty()) {
            throw new TypeError("Can't instantiate abstract class " + t.name() + " with abstract method"
                    + (names.size() == 1 ? "" : "s") + " " + String.join(", ", names));
        }
    }

    /**
     * Records the abstract methods of a class statement's new class.
     *
     * @param t the class just created
     */
    static void created(PyType t) {
        if (ABC == null || t == ABC || !t.isSubclassOf(ABC)) {
            return;
        }
        List<String> names = find(t);
        if (!names.isEmpty()) {
            synchronized (ABSTRACT) {
                ABSTRACT.put(t, names);
            }
        }
    }

    /** The sorted names of {@code t}'s abstract methods: empty for a concrete class. */
    private static List<String> abstractMethods(PyType t) {
        synchronized (ABSTRACT) {
            return ABSTRACT.getOrDefault(t, List.of());
        }
    }

    /** The names of {@code t}'s abstract methods, sorted: those its ABC classes define that are abstract in it. */
    private static List<String> find(PyType t) {
        TreeSet<String> names = new TreeSet<>();
        for (PyType c : t.mro()) {
            if (!c.isSubclassOf(ABC)) {
                continue;
            }
            for (String name : new ArrayList<>(c.dict().keySet())) {
                if (!names.contains(name) && isAbstractValue(t.lookup(name))) {
                    names.add(name);
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
}
