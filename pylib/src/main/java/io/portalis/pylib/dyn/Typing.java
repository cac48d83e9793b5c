package io.portalis.pylib.dyn;

import io.portalis.pylib.PyTuple;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one name of {@code typing} that is a class at run time: {@code Generic}, which a generic class lists
 * among its bases and finds in its {@code __mro__}. Its parameterizations ({@code Generic[T]}, {@code Box[int]})
 * are the classes themselves, since translated programs do not check types.
 */
final class Typing {
    /** {@code typing.Generic}, with the names CPython's has in its {@code __dict__}. */
    static final PyType GENERIC = PyType.create("Generic", new Object[0], namespace());

    private Typing() {
    }

    private static Map<String, Object> namespace() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", "typing");
        ns.put("__slots__", PyTuple.of());
        ns.put("_is_protocol", false);
        ns.put("__class_getitem__", PyFunction.of("Generic.__class_getitem__", a -> a[0], "cls", "params"));
        ns.put("__init_subclass__", PyFunction.of("Generic.__init_subclass__", a -> null, "cls"));
        return ns;
    }
}
