package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.IndexError;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.ValueError;
import org.junit.jupiter.api.Test;

/**
 * The list methods a method site calls directly behave as the dynamic call by name does: results, mutations,
 * error messages and the arguments that send them back to the dynamic call. Expected values are CPython's.
 */
class ListMethodSiteTest {
    private static PyList<Object> list(Object... items) {
        return PyList.of(items);
    }

    @Test
    void insertAndPopAtAnIndexMoveItems() {
        PyList<Object> perm = list(0L, 1L, 2L, 3L);
        MethodSite insert = new MethodSite("insert");
        MethodSite pop = new MethodSite("pop");
        assertThat(insert.call(perm, 2L, pop.call(perm, 0L))).isNull();
        assertThat(perm.repr()).isEqualTo("[1, 2, 0, 3]");
        assertThat(insert.call(perm, -100L, "a")).isNull();
        assertThat(pop.call(perm, -1L)).isEqualTo(3L);
        assertThat(pop.call(perm)).isEqualTo(0L);
        assertThat(perm.repr()).isEqualTo("['a', 1, 2]");
        // a bool index is an int to Python but not to the direct call: the dynamic call takes it
        assertThat(pop.call(perm, true)).isEqualTo(1L);
        assertThatThrownBy(() -> pop.call(perm, 5L)).isInstanceOf(IndexError.class)
                .hasMessage("pop index out of range");
        assertThatThrownBy(() -> pop.call(perm, "0")).isInstanceOf(TypeError.class)
                .hasMessage("'str' object cannot be interpreted as an integer");
        assertThatThrownBy(() -> insert.call(perm, "0", 1L)).isInstanceOf(TypeError.class)
                .hasMessage("'str' object cannot be interpreted as an integer");
        assertThatThrownBy(() -> insert.call(perm, 1L)).isInstanceOf(TypeError.class)
                .hasMessage("insert expected 2 arguments, got 1");
    }

    @Test
    void searchesAndRemovalUsePythonEquality() {
        PyList<Object> l = list(1L, 2.0, true, "x");
        assertThat(new MethodSite("index").call(l, 2L)).isEqualTo(1L);
        assertThat(new MethodSite("count").call(l, 1.0)).isEqualTo(2L);
        assertThat(new MethodSite("remove").call(l, 1L)).isNull();
        assertThat(l.repr()).isEqualTo("[2.0, True, 'x']");
        assertThat(new MethodSite("index").call(l, "x", 1L)).isEqualTo(2L);
        assertThatThrownBy(() -> new MethodSite("index").call(l, "y")).isInstanceOf(ValueError.class)
                .hasMessage("'y' is not in list");
        assertThatThrownBy(() -> new MethodSite("remove").call(l, "y")).isInstanceOf(ValueError.class)
                .hasMessage("list.remove(x): x not in list");
        assertThatThrownBy(() -> new MethodSite("count").call(l)).isInstanceOf(TypeError.class)
                .hasMessage("list.count() takes exactly one argument (0 given)");
    }

    @Test
    void extendReverseCopyClearAndSort() {
        PyList<Object> l = list(1L, 2L);
        new MethodSite("extend").call(l, PyTuple.of(3L, 0.5));
        new MethodSite("extend").call(l, l);
        assertThat(l.repr()).isEqualTo("[1, 2, 3, 0.5, 1, 2, 3, 0.5]");
        assertThatThrownBy(() -> new MethodSite("extend").call(l, 5L)).isInstanceOf(TypeError.class)
                .hasMessage("'int' object is not iterable");
        new MethodSite("reverse").call(l);
        Object copy = new MethodSite("copy").call(l);
        new MethodSite("clear").call(l);
        assertThat(l.repr()).isEqualTo("[]");
        assertThat(((PyList<?>) copy).repr()).isEqualTo("[0.5, 3, 2, 1, 0.5, 3, 2, 1]");
        assertThatThrownBy(() -> new MethodSite("reverse").call(copy, 1L)).isInstanceOf(TypeError.class)
                .hasMessage("list.reverse() takes no arguments (1 given)");
        new MethodSite("sort").call(copy);
        assertThat(((PyList<?>) copy).repr()).isEqualTo("[0.5, 0.5, 1, 1, 2, 2, 3, 3]");
        assertThatThrownBy(() -> new MethodSite("sort").call(list(1L, "a"))).isInstanceOf(TypeError.class)
                .hasMessage("'<' not supported between instances of 'str' and 'int'");
    }
}
