package io.portalis.pylib.dyn;

import io.portalis.pylib.*;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code dir(obj)}: the sorted attribute names CPython lists. For a class, the names in the {@code __dict__} of
 * every class of its MRO; for an instance, its own attributes and its class's names; for a value of a built-in
 * type, that type's names. The names of the built-in types are CPython's own (a table regenerated from CPython
 * by {@code scripts/cpython-builtin-attributes}); a class of the program adds the names CPython puts in every
 * class's {@code __dict__} ({@code __module__}, {@code __doc__}, and {@code __dict__} and {@code __weakref__}
 * unless it has {@code __slots__}) to those its body and decorators defined, and a subclass of
 * {@code typing.Generic} the names {@code Generic} gives it. Enums list what CPython's {@code EnumType.__dir__}
 * and {@code Enum.__dir__} list.
 */
final class Dir {
    /** Keys pylib keeps in a class's dict for its own bookkeeping, which Python's class dicts do not have. */
    private static final Set<String> INTERNAL = Set.of("__fieldorder__", "__enum_members__", "__enum_order__");
    /** What {@code dir()} of an enum class lists besides its members (CPython 3.11, {@code EnumType.__dir__}). */
    private static final List<String> ENUM_CLASS_NAMES = List.of("__class__", "__contains__", "__doc__",
            "__getitem__", "__init_subclass__", "__iter__", "__len__", "__members__", "__module__", "__name__",
            "__qualname__");
    /** What {@code dir()} of an enum member always lists ({@code Enum.__dir__}). */
    private static final List<String> ENUM_MEMBER_NAMES = List.of("__class__", "__doc__", "__eq__", "__hash__",
            "__module__", "name", "value");
    private static final Map<String, List<String>> BUILTIN = load("builtin-attributes.txt");
    /** What CPython's {@code dir()} lists for each module pylib provides, by module name. */
    private static final Map<String, List<String>> MODULES = load("module-attributes.txt");

    private Dir() {
    }

    private static Map<String, List<String>> load(String resource) {
        Map<String, List<String>> table = new HashMap<>();
        try (InputStream in = Dir.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from pylib");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(": ");
                if (!line.startsWith("#") && colon > 0) {
                    table.put(line.substring(0, colon), List.of(line.substring(colon + 2).split(" ")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    /**
     * Whether CPython's module defines a name, for the modules of the table.
     *
     * @param module the module
     * @param name the attribute
     * @return true when {@code dir(module)} lists the name in CPython 3.11
     */
    static boolean cpythonDefines(String module, String name) {
        return MODULES.getOrDefault(module, List.of()).contains(name);
    }

    /**
     * {@code dir(obj)}.
     *
     * @param obj the object
     * @return a new list of its attribute names, sorted
     * @throws NotImplementedError for a value whose type's names pylib does not know (an iterator), or a module
     *     that lacks some of the public names CPython lists for it
     */
    static PyList<Object> of(Object obj) {
        if (obj instanceof PyModule m) {
            return module(m);
        }
        Set<String> names = new TreeSet<>(Strs::compare);
        if (obj instanceof Instance i && !i.type().isBuiltin()) {
            Object custom = i.type().lookup("__dir__");
            if (custom != Rt.MISSING) {
                PyList<Object> listed = new PyList<>(Rt.iterable(Rt.call(custom, obj)));
                listed.sort();
                return listed;
            }
            if (Enums.isEnumClass(i.type())) {
                enumMember(i, names);
            } else {
                names.addAll(i.dict().keySet());
                classNames(i.type(), names);
            }
        } else if (obj instanceof PyType t) {
            if (Enums.isEnumClass(t)) {
                names.addAll(ENUM_CLASS_NAMES);
                names.addAll(Enums.members(t).keySet());
            } else {
                classNames(t, names);
            }
        } else {
            classNames(Rt.type(obj), names);
        }
        PyList<Object> out = new PyList<>();
        out.addAll(names);
        return out;
    }

    /**
     * {@code dir(module)}: CPython's listing, when the module defines every public name in it. The private names
     * ({@code _tee}, {@code __spec__}...) are listed as CPython lists them, though pylib defines few of them: they
     * are implementation details of CPython's modules. A module missing a public name is refused, naming what it
     * lacks, because listing only what it has would silently differ from CPython.
     */
    private static PyList<Object> module(PyModule m) {
        List<String> listed = MODULES.get(m.name());
        if (listed == null) {
            throw new NotImplementedError("dir() of module '" + m.name() + "' is not supported");
        }
        List<String> missing = listed.stream().filter(n -> !n.startsWith("_") && !m.changed().contains(n)
                && m.attr(n) == Rt.MISSING).toList();
        if (!missing.isEmpty()) {
            String some = String.join(", ", missing.subList(0, Math.min(missing.size(), 12)));
            throw new NotImplementedError("dir() of module '" + m.name() + "' is not supported: it lacks " + some
                    + (missing.size() > 12 ? " and " + (missing.size() - 12) + " more" : ""));
        }
        if (m.changed().isEmpty()) {
            return new PyList<>(listed);
        }
        Set<String> names = new TreeSet<>(Strs::compare);
        names.addAll(listed);
        for (String n : m.changed()) {
            if (m.attr(n) == Rt.MISSING) {
                names.remove(n);
            } else {
                names.add(n);
            }
        }
        return new PyList<>(names);
    }

    private static void classNames(PyType type, Set<String> names) {
        for (PyType t : type.mro()) {
            if (t.isBuiltin()) {
                List<String> own = BUILTIN.get(t.name());
                if (own == null) {
                    throw new NotImplementedError("dir() of a '" + type.name() + "' value is not supported");
                }
                names.addAll(own);
                continue;
            }
            for (String k : t.dict().keySet()) {
                if (!INTERNAL.contains(k)) {
                    names.add(k);
                }
            }
            names.add("__module__");
            names.add("__doc__");
            if (!t.dict().containsKey("__slots__")) {
                names.add("__dict__");
                names.add("__weakref__");
            }
            if (t != Typing.GENERIC && t.mro().contains(Typing.GENERIC)) {
                // set by Generic.__init_subclass__ and by the subscripted bases
                names.add("__parameters__");
                names.add("__orig_bases__");
            }
            if (t.dict().containsKey("__fieldorder__")) {
                // annotated class attributes: CPython keeps their annotations in the class
                names.add("__annotations__");
            }
            if (t.dict().containsKey("__dataclass_fields__")) {
                names.add("__dataclass_params__");
            }
        }
    }

    /** {@code Enum.__dir__}: the fixed names, then the public names of the member and of its classes but members. */
    private static void enumMember(Instance member, Set<String> names) {
        names.addAll(ENUM_MEMBER_NAMES);
        for (String k : member.dict().keySet()) {
            if (!k.startsWith("_")) {
                names.add(k);
            }
        }
        Map<String, Object> members = Enums.members(member.type());
        for (PyType t : member.type().mro()) {
            if (t.isBuiltin()) {
                continue;
            }
            for (String k : t.dict().keySet()) {
                if (!k.startsWith("_") && !members.containsKey(k)) {
                    names.add(k);
                }
            }
        }
    }
}
