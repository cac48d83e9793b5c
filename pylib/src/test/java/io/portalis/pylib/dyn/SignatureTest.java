package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import org.junit.jupiter.api.Test;

/** Python's argument binding and its error messages, as CPython 3.11 words them. */
class SignatureTest {
    private static final Signature F = new Signature("f", new String[] {"a", "b"}, 0, true, new String[] {"k"}, true);
    private static final Object[] DEFAULTS = {20L};
    private static final Object[] KW_DEFAULTS = {Signature.REQUIRED};

    @Test
    void bindsPositionalDefaultsVarargsKeywordOnlyAndKwargs() {
        Object[] bound = F.bind(new Object[] {1L, 2L, 3L, 4L, 5L, 6L}, new String[] {"k", "x"}, DEFAULTS, KW_DEFAULTS);
        assertThat(bound).hasSize(5);
        assertThat(bound[0]).isEqualTo(1L);
        assertThat(bound[1]).isEqualTo(2L);
        assertThat(bound[2]).isEqualTo(PyTuple.of(3L, 4L));
        assertThat(bound[3]).isEqualTo(5L);
        assertThat(((PyDict<?, ?>) bound[4]).repr()).isEqualTo("{'x': 6}");
        Object[] withDefault = F.bind(new Object[] {1L, 9L}, new String[] {"k"}, DEFAULTS, KW_DEFAULTS);
        assertThat(withDefault[1]).isEqualTo(20L);
    }

    @Test
    void reportsMissingAndUnexpectedArgumentsAsCPythonDoes() {
        Signature g = new Signature("g", new String[] {"a", "b", "c"}, 0, false, new String[0], false);
        assertThatThrownBy(() -> g.bind(new Object[] {1L}, PyCallable.NO_KW, new Object[0], new Object[0]))
                .isInstanceOf(TypeError.class)
                .hasMessage("g() missing 2 required positional arguments: 'b' and 'c'");
        assertThatThrownBy(() -> g.bind(new Object[] {1L, 2L, 3L, 4L}, PyCallable.NO_KW, new Object[0], new Object[0]))
                .hasMessage("g() takes 3 positional arguments but 4 were given");
        assertThatThrownBy(() -> g.bind(new Object[] {1L, 2L, 3L, 4L}, new String[] {"z"}, new Object[0], new Object[0]))
                .hasMessage("g() got an unexpected keyword argument 'z'");
        assertThatThrownBy(() -> g.bind(new Object[] {1L, 2L, 3L, 4L}, new String[] {"a"}, new Object[0], new Object[0]))
                .hasMessage("g() got multiple values for argument 'a'");
        assertThatThrownBy(() -> F.bind(new Object[] {1L}, PyCallable.NO_KW, DEFAULTS, KW_DEFAULTS))
                .hasMessage("f() missing 1 required keyword-only argument: 'k'");
    }

    @Test
    void classesUseC3MethodResolutionOrder() {
        PyType a = PyType.create("A", new Object[0], java.util.Map.of());
        PyType b = PyType.create("B", new Object[] {a}, java.util.Map.of());
        PyType c = PyType.create("C", new Object[] {a}, java.util.Map.of());
        PyType d = PyType.create("D", new Object[] {b, c}, java.util.Map.of());
        assertThat(d.mro()).extracting(PyType::name).containsExactly("D", "B", "C", "A", "object");
        assertThatThrownBy(() -> PyType.create("X", new Object[] {a, b}, java.util.Map.of()))
                .isInstanceOf(TypeError.class)
                .hasMessage("Cannot create a consistent method resolution\norder (MRO) for bases A, B");
    }
}
