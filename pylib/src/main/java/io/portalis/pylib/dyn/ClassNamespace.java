package io.portalis.pylib.dyn;

import io.portalis.pylib.NotImplementedError;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code vars(C)} and {@code C.__dict__} of a class of the program: its namespace with the entries
 * {@code type.__new__} adds, in CPython's order ({@code __module__}, the docstring, the body's names, the slots'
 * member descriptors, {@code __dict__} and {@code __weakref__} where no base provides them, {@code __doc__} when
 * the body has no docstring, and last the {@code __hash__ = None} a class defining {@code __eq__} alone gets).
 * It is a snapshot in a dict, as an instance's {@code __dict__} is here, not CPython's live read-only mappingproxy.
 */
final class ClassNamespace {
    private ClassNamespace() {
    }

    /** A slot's member or the {@code __dict__}/{@code __weakref__} attribute, as the class's entry shows it. */
    record Descriptor(boolean member, String name, String owner) implements PyObject {
        @Override
        public String pyTypeName() {
            return member ? "member_descriptor" : "getset_descriptor";
        }

        @Override
        public String repr() {
            return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner + "' objects>";
        }
    }

    /**
     * The class's namespace.
     *
     * @param t a class of the program
     * @return a new dict of its own entries
     * @throws NotImplementedError for an enum class, a dataclass, a generic class or a class with annotated
     *     attributes, whose namespace CPython fills with entries pylib keeps elsewhere
     */
    static PyDict<Object, Object> of(PyType t) {
        Map<String, Object> own = t.dict();
        if (own.containsKey("__fieldorder__") || own.containsKey("__enum_members__")
                || own.containsKey("__dataclass_fields__") || Enums.isEnumClass(t)
                || t.mro().contains(Typing.GENERIC)) {
            throw new NotImplementedError("the __dict__ of class '" + t.name() + "' is not supported");
        }
        PyDict<Object, Object> d = new PyDict<>();
        if (!own.containsKey("__module__")) {
            // a class statement's namespace starts with it; type(name, bases, dict) appends it to the dict's entries
            d.setItem("__module__", "__main__");
        }
        List<String> keys = new ArrayList<>(own.keySet());
        // the __hash__ = None of a class defining __eq__ alone comes after everything else
        boolean implicitHash = !keys.isEmpty() && keys.get(keys.size() - 1).equals("__hash__")
                && own.get("__hash__") == null && own.containsKey("__eq__");
        if (implicitHash) {
            keys.remove(keys.size() - 1);
        }
        for (String k : keys) {
            if (!k.equals("__qualname__")) {
                d.setItem(k, own.get(k));
            }
        }
        List<String> slots = slots(own.get("__slots__"));
        if (slots != null) {
            for (String s : slots) {
                if (!s.equals("__dict__") && !s.equals("__weakref__")) {
                    d.setItem(s, new Descriptor(true, s, t.name()));
                }
            }
        }
        if ((slots == null || slots.contains("__dict__")) && !inherits(t, true)) {
            d.setItem("__dict__", new Descriptor(false, "__dict__", t.name()));
        }
        if ((slots == null || slots.contains("__weakref__")) && !inherits(t, false)) {
            d.setItem("__weakref__", new Descriptor(false, "__weakref__", t.name()));
        }
        if (!own.containsKey("__doc__")) {
            d.setItem("__doc__", null);
        }
        if (implicitHash) {
            d.setItem("__hash__", null);
        }
        return d;
    }

    /** The names {@code __slots__} lists, or {@code null} when the class has none. */
    private static List<String> slots(Object v) {
        if (v == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            out.add(s);
        } else {
            for (Object o : Rt.iterable(v)) {
                out.add((String) o);
            }
        }
        return out;
    }

    /** Whether a base of {@code t} already gives its instances a {@code __dict__} (or a {@code __weakref__}). */
    private static boolean inherits(PyType t, boolean dict) {
        for (PyType b : t.mro().subList(1, t.mro().size())) {
            if (b == Types.OBJECT) {
                continue;
            }
            if (b.isBuiltin()) {
                // BaseException's instances have a __dict__ and no weak references
                if (dict && b.isException()) {
                    return true;
                }
                continue;
            }
            List<String> s = slots(b.dict().get("__slots__"));
            if (s == null || s.contains(dict ? "__dict__" : "__weakref__")) {
                return true;
            }
        }
        return false;
    }
}
