package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.AttributeError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyList;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.stdlib.PyRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code random.Random} is a class whose values are {@link PyRandom}s, and method sites calling them directly draw
 * the same streams as the dynamic call by name. Expected texts are CPython's.
 */
class RandomClassTest {
    @Test
    void aGeneratorIsAnInstanceOfTheClassRandom() {
        PyRandom r = (PyRandom) Rt.call(Types.RANDOM, 7L);
        assertThat(Rt.type(r)).isSameAs(Types.RANDOM);
        assertThat(Py.repr(Types.RANDOM)).isEqualTo("<class 'random.Random'>");
        assertThat(Rt.isinstance(r, Types.RANDOM)).isTrue();
        assertThat(Rt.isinstance(3L, Types.RANDOM)).isFalse();
        assertThat(Py.repr(r)).matches("<random\\.Random object at 0x[0-9a-f]{12}>");
        assertThatThrownBy(() -> Rt.getattr(r, "x")).isInstanceOf(AttributeError.class)
                .hasMessage("'Random' object has no attribute 'x'");
        assertThatThrownBy(() -> Rt.call(Types.RANDOM, 1L, 2L)).isInstanceOf(TypeError.class)
                .hasMessage("Random.__init__() takes from 1 to 2 positional arguments but 3 were given");
    }

    @Test
    void methodSitesDrawWhatTheDynamicCallDraws() {
        PyRandom direct = new PyRandom(42L);
        PyRandom dynamic = new PyRandom(42L);
        PyList<Object> items = PyList.of("a", "b", "c");
        MethodSite choice = new MethodSite("choice");
        MethodSite randint = new MethodSite("randint");
        MethodSite random = new MethodSite("random");
        MethodSite choices = new MethodSite("choices");
        String[] kw = {"weights", "k"};
        for (int k = 0; k < 50; k++) {
            assertThat(choice.call(direct, items)).isEqualTo(Rt.callMethodKw(dynamic, "choice",
                    new Object[] {items}, PyCallable.NO_KW));
            assertThat(choice.call(direct, "xyz")).isEqualTo(Rt.call(Rt.getattr(dynamic, "choice"), "xyz"));
            assertThat(randint.call(direct, 1L, 6L)).isEqualTo(Rt.call(Rt.getattr(dynamic, "randint"), 1L, 6L));
            assertThat(random.call(direct)).isEqualTo(Rt.call(Rt.getattr(dynamic, "random")));
            Object[] args = {items, PyList.of(1L, 2L, 3L), 3L};
            assertThat(Py.repr(choices.callKw(direct, args, kw)))
                    .isEqualTo(Py.repr(Rt.callMethodKw(dynamic, "choices", args, kw)));
        }
        assertThat(kw).containsExactly("weights", "k");
    }

    @Test
    void aSiteNamingNoMethodOfRandomReportsTheMissingAttribute() {
        assertThatThrownBy(() -> new MethodSite("choise").call(new PyRandom(1L), PyList.of(1L)))
                .isInstanceOf(AttributeError.class).hasMessage("'Random' object has no attribute 'choise'");
        assertThatThrownBy(() -> new MethodSite("random").call(new PyRandom(1L), 1L))
                .isInstanceOf(TypeError.class).hasMessage("Random.random() takes no arguments (1 given)");
    }
}
