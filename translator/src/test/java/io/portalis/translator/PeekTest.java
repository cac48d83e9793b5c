package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.dyn.Peek;
import org.junit.jupiter.api.Test;

/**
 * The peek speculating code reads hinted list items with: it finds what {@code list[i]} would return or null, and
 * never raises (attribute peeks go through {@code AttrSite.peek}, tested with the inline caches).
 */
class PeekTest {
    @Test
    void anItemIsFoundAtAValidIndexFromEitherEnd() {
        PyList<Object> list = PyList.of(1.5, 2L, null);
        assertThat(Peek.item(list, 0)).isEqualTo(1.5);
        assertThat(Peek.item(list, -2)).isEqualTo(2L);
        assertThat(Peek.item(list, 2)).isNull();
    }

    @Test
    void outOfRangeIndexesAndOtherContainersGiveNull() {
        PyList<Object> list = PyList.of(1.5, 2.5);
        assertThat(Peek.item(list, 2)).isNull();
        assertThat(Peek.item(list, -3)).isNull();
        assertThat(Peek.item(list, Long.MIN_VALUE)).isNull();
        assertThat(Peek.item(list, Long.MAX_VALUE)).isNull();
        assertThat(Peek.item(PyTuple.of(1.5), 0)).isNull();
        assertThat(Peek.item("abc", 0)).isNull();
        assertThat(Peek.item(null, 0)).isNull();
    }
}
