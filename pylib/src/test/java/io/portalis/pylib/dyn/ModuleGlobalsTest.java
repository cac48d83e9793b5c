package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.NameError;
import io.portalis.pylib.PyDict;
import org.junit.jupiter.api.Test;

/** globals() writes through to the module's fields, and holds the names the module never assigns itself. */
class ModuleGlobalsTest {
    private final Object[] fields = {1L, Rt.UNBOUND};
    private final ModuleGlobals globals = new ModuleGlobals(new String[] {"a", "b"}, i -> fields[i],
            (i, v) -> fields[i] = v);

    @Test
    void syncListsTheBoundFieldsThenTheOtherNames() {
        globals.sync().setItem("extra", "x");
        fields[1] = 2L;
        assertThat(globals.sync().repr()).isEqualTo("{'a': 1, 'b': 2, 'extra': 'x'}");
        fields[0] = Rt.UNBOUND;
        assertThat(globals.sync().repr()).isEqualTo("{'b': 2, 'extra': 'x'}");
    }

    @Test
    void everyMutationAssignsTheFieldItNames() {
        globals.sync().setItem("b", "set");
        assertThat(fields[1]).isEqualTo("set");
        globals.update(PyDict.of("a", 10L));
        assertThat(fields[0]).isEqualTo(10L);
        globals.delItem("a");
        assertThat(fields[0]).isSameAs(Rt.UNBOUND);
        assertThat(globals.pop("b")).isEqualTo("set");
        assertThat(fields[1]).isSameAs(Rt.UNBOUND);
        globals.setdefault("a", 3L);
        assertThat(fields[0]).isEqualTo(3L);
        globals.clear();
        assertThat(fields[0]).isSameAs(Rt.UNBOUND);
    }

    @Test
    void namesOnlyTheDictBindsAreReadFromIt() {
        globals.sync().setItem("made", 5L);
        assertThat(globals.read("made")).isEqualTo(5L);
        assertThatThrownBy(() -> globals.read("never")).isInstanceOf(NameError.class)
                .hasMessage("name 'never' is not defined");
    }
}
