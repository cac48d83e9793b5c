package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.IndexError;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.ValueError;
import org.junit.jupiter.api.Test;

/** {@link Lists}: the fast paths agree with Python's full operations on lists and on every other value. */
class ListsTest {
    @Test
    void anItemsTruthIsPythonsForAnyContainer() {
        assertThat(Lists.truthyItem(PyList.of(0L, 2L), 1)).isTrue();
        assertThat(Lists.truthyItem(PyList.of(0L, 2L), -2)).isFalse();
        assertThat(Lists.truthyItem(PyList.of("", "x"), 0)).isFalse();
        assertThat(Lists.truthyItem(PyList.of(PyList.of(), null), 0)).isFalse();
        assertThat(Lists.truthyItem(PyTuple.of(0L, 1L), 1)).isTrue();
        assertThatThrownBy(() -> Lists.truthyItem(PyList.of(1L), 1)).isInstanceOf(IndexError.class)
                .hasMessage("list index out of range");
        assertThatThrownBy(() -> Lists.truthyItem(PyTuple.of(1L), 3)).isInstanceOf(IndexError.class)
                .hasMessage("tuple index out of range");
    }

    @Test
    void aSliceOfTheSameListIsBuiltLaterOnlyWhenNothingCanTell() {
        PyList<Object> l = PyList.of(1L, 2L, 3L);
        Object later = Lists.sliceLater(l, 1L, null, -1L);
        assertThat(later).isNotInstanceOf(PyList.class);
        Lists.setSliceOfSelf(l, null, 2L, null, later, 1L, null, -1L);
        assertThat(l.repr()).isEqualTo("[2, 1, 3]");
        // a bool bound, a tuple: sliced at once, as Python does
        assertThat(Lists.sliceLater(l, true, null, null)).isEqualTo(PyList.of(1L, 3L));
        Object fromTuple = Lists.sliceLater(PyTuple.of(1L, 2L), null, null, -1L);
        assertThat(fromTuple).isEqualTo(PyTuple.of(2L, 1L));
        assertThatThrownBy(() -> Lists.setSliceOfSelf(PyTuple.of(1L, 2L), null, null, null, fromTuple, null, null,
                -1L)).isInstanceOf(TypeError.class).hasMessage("'tuple' object does not support item assignment");
        assertThatThrownBy(() -> Lists.sliceLater(l, null, null, 0L)).isInstanceOf(ValueError.class)
                .hasMessage("slice step cannot be zero");
        Object again = Lists.sliceLater(l, null, null, null);
        assertThatThrownBy(() -> Lists.setSliceOfSelf(l, 1.5, null, null, again, null, null, null))
                .isInstanceOf(TypeError.class)
                .hasMessage("slice indices must be integers or None or have an __index__ method");
        assertThat(l.repr()).isEqualTo("[2, 1, 3]");
    }
}
