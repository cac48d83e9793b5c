package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.stdlib.Dataclasses;
import io.portalis.pylib.stdlib.PyEnum;
import org.junit.jupiter.api.Test;

/** Enum members and dataclass methods print and compare as CPython 3.11's (values from python3). */
class EnumsAndDataclassesTest {
    enum Color implements PyEnum {
        RED(1L), GREEN("g");

        private final Object value;

        Color(Object value) {
            this.value = value;
        }

        @Override
        public Object value() {
            return value;
        }
    }

    @Test
    void enumMembersPrintAsCPython() {
        assertThat(Py.repr(Color.RED)).isEqualTo("<Color.RED: 1>");
        assertThat(Py.str(Color.GREEN)).isEqualTo("Color.GREEN");
        assertThat(Py.repr(PyList.of(Color.GREEN))).isEqualTo("[<Color.GREEN: 'g'>]");
        assertThat(PyEnum.byValue(Color.class, 1.0)).isSameAs(Color.RED);
        assertThatThrownBy(() -> PyEnum.byValue(Color.class, 3L)).isInstanceOf(ValueError.class)
                .hasMessage("3 is not a valid Color");
        assertThatThrownBy(() -> PyEnum.byName(Color.class, "BLUE")).isInstanceOf(KeyError.class)
                .hasMessage("'BLUE'");
    }

    @Test
    void dataclassMethodsWorkOnFieldTuples() {
        String[] fields = {"name", "score"};
        assertThat(Dataclasses.repr("Player", fields, "ann", 2.5)).isEqualTo("Player(name='ann', score=2.5)");
        assertThat(Dataclasses.eq(new Object[] {"a", 1L}, new Object[] {"a", 1.0})).isTrue();
        assertThat(Dataclasses.lt(new Object[] {"a", 2L}, new Object[] {"b", 1L})).isTrue();
        assertThat(Dataclasses.hash("a", 1L)).isEqualTo(Py.hash(PyTuple.of("a", 1L)));
    }
}
