package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.NotImplementedError;
import io.portalis.pylib.PyComplex;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dir() unions the names of the classes of the MRO, CPython's own for the built-in types. */
class DirTest {
    @Test
    void builtinValuesListTheirTypesNamesAndObjects() {
        assertThat(Dir.of(null)).contains("__bool__", "__class__", "__subclasshook__").doesNotContain("__dict__");
        assertThat(Dir.of(new PyComplex(1, 2))).contains("conjugate", "imag", "real", "__complex__");
        assertThat(Dir.of(true)).containsAll(Dir.of(1L)).isEqualTo(Dir.of(Types.BOOL));
        assertThat(Dir.of(1L)).isSortedAccordingTo((x, y) -> ((String) x).compareTo((String) y));
    }

    @Test
    void aClassAddsItsDictAndWhatEveryClassStatementAdds() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("method", PyFunction.of("C.method", a -> null, "self"));
        PyType c = PyType.create("C", new Object[0], ns);
        assertThat(Dir.of(c)).contains("method", "__module__", "__dict__", "__weakref__", "__doc__", "__init__");
        assertThat(Dir.of(c)).doesNotContain("__annotations__", "__fieldorder__");
    }

    @Test
    void aModuleWithEveryPublicNameListsWhatCPythonLists() {
        assertThat(Dir.of(Modules.load("itertools"))).contains("__doc__", "__name__", "_tee", "accumulate", "zip_longest")
                .isSortedAccordingTo((x, y) -> ((String) x).compareTo((String) y));
        assertThat(Dir.of(Modules.load("cmath"))).contains("acos", "atanh", "tau").doesNotHaveDuplicates();
    }

    @Test
    void modulesAreRefusedRatherThanListedIncompletely() {
        assertThatThrownBy(() -> Dir.of(new PyModule("math").put("acos", 1L))).isInstanceOf(NotImplementedError.class)
                .hasMessageStartingWith("dir() of module 'math' is not supported: it lacks acosh, asin, asinh, ")
                .hasMessageEndingWith(" more");
        assertThatThrownBy(() -> Dir.of(new PyModule("mine"))).isInstanceOf(NotImplementedError.class)
                .hasMessage("dir() of module 'mine' is not supported");
    }
}
