package io.portalis.pylib.dyn;

import java.util.LinkedHashMap;
import java.util.Map;

/** Classes made as a class statement makes them, for the tests of the inline caches. */
final class TestClasses {
    private TestClasses() {
    }

    /**
     * {@code class name(*bases): ...} with the given namespace.
     *
     * @param name the class name
     * @param bases the base classes
     * @param namesAndValues the namespace: a name, then its value, and so on
     * @return the class
     */
    static PyType cls(String name, Object[] bases, Object... namesAndValues) {
        Map<String, Object> ns = new LinkedHashMap<>();
        for (int k = 0; k < namesAndValues.length; k += 2) {
            ns.put((String) namesAndValues[k], namesAndValues[k + 1]);
        }
        return PyType.create(name, bases, ns);
    }
}
