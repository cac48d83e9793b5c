package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Container behaviour beyond repr: mutation, views, iteration order, and user objects. */
class ContainersTest {
    @Test
    void dictViewsAreLiveAndPopitemIsLastIn() {
        PyDict<String, Long> d = PyDict.of("a", 1L, "b", 2L);
        PyDict.View<String> keys = d.keys();
        assertThat(d.popitem().repr()).isEqualTo("('b', 2)");
        assertThat(keys.repr()).isEqualTo("dict_keys(['a'])");
        assertThat(d.values().repr()).isEqualTo("dict_values([1])");
        assertThat(d.items().repr()).isEqualTo("dict_items([('a', 1)])");
        assertThatThrownBy(() -> new PyDict<>().popitem()).isInstanceOf(KeyError.class)
                .hasMessage("'popitem(): dictionary is empty'");
    }

    @Test
    void reinsertedKeyMovesToTheEndButUpdatedKeyStays() {
        PyDict<String, Long> d = PyDict.of("a", 1L, "b", 2L, "c", 3L);
        d.setItem("a", 10L);
        d.delItem("b");
        d.setItem("b", 20L);
        assertThat(d.repr()).isEqualTo("{'a': 10, 'c': 3, 'b': 20}");
    }

    @Test
    void sliceAssignmentAndDeletionFollowPython() {
        PyList<Long> l = PyList.of(3L, 1L, 2L);
        l.setSlice(1L, 2L, null, PyList.of(7L, 8L, 9L));
        assertThat(l.repr()).isEqualTo("[3, 7, 8, 9, 2]");
        l.delSlice(null, null, 2L);
        assertThat(l.repr()).isEqualTo("[7, 9]");
        assertThatThrownBy(() -> l.setSlice(null, null, 2L, PyList.of(1L, 2L, 3L))).isInstanceOf(ValueError.class)
                .hasMessage("attempt to assign sequence of size 3 to extended slice of size 1");
    }

    @Test
    void contiguousSliceAssignmentShrinksGrowsAndReadsItsOwnList() {
        // expected values are CPython's
        PyList<Long> a = PyList.of(0L, 1L, 2L, 3L, 4L, 5L);
        a.setSlice(1L, 4L, null, PyList.of(9L));
        assertThat(a.repr()).isEqualTo("[0, 9, 4, 5]");
        PyList<Long> b = PyList.of(0L, 1L, 2L, 3L, 4L, 5L);
        b.setSlice(null, 3L, null, b.slice(2L, null, -1L));
        assertThat(b.repr()).isEqualTo("[2, 1, 0, 3, 4, 5]");
        PyList<Long> c = PyList.of(0L, 1L, 2L);
        c.setSlice(null, null, null, c);
        assertThat(c.repr()).isEqualTo("[0, 1, 2]");
        PyList<Long> d = PyList.of(0L, 1L, 2L, 3L);
        d.setSlice(3L, 1L, null, PyList.of(8L, 9L));
        assertThat(d.repr()).isEqualTo("[0, 1, 2, 8, 9, 3]");
        PyList<Long> e = PyList.of(0L, 1L, 2L);
        e.setSlice(1L, null, null, () -> java.util.List.of(5L, 6L, 7L).iterator());
        assertThat(e.repr()).isEqualTo("[0, 5, 6, 7]");
    }

    @Test
    void sortIsStableAndReverseKeepsEqualItemsInOrder() {
        PyList<PyTuple> l = PyList.of(PyTuple.of(1L, "b"), PyTuple.of(0L, "a"), PyTuple.of(1L, "a"),
                PyTuple.of(0L, "b"));
        l.sort(t -> t.get(0), true);
        assertThat(l.repr()).isEqualTo("[(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]");
        assertThatThrownBy(() -> PyList.<Object>of(1L, "a").sort()).isInstanceOf(TypeError.class)
                .hasMessage("'<' not supported between instances of 'str' and 'int'");
    }

    @Test
    void listRemoveUsesPythonEqualityAndFailsLoudly() {
        PyList<Object> l = PyList.of(1L, 2.0, "x");
        l.remove(2L);
        assertThat(l.repr()).isEqualTo("[1, 'x']");
        assertThatThrownBy(() -> l.remove(5L)).isInstanceOf(ValueError.class)
                .hasMessage("list.remove(x): x not in list");
        assertThatThrownBy(l::hashCode).isInstanceOf(TypeError.class).hasMessage("unhashable type: 'list'");
    }

    @Test
    void setPopAndIterationFollowCPythonsTable() {
        PySet<Long> s = PySet.of(5L, 3L, 1L);
        assertThat(s.repr()).isEqualTo("{1, 3, 5}");
        assertThat(s.pop()).isEqualTo(1L);
        assertThat(s.repr()).isEqualTo("{3, 5}");
        assertThat(new PySet<>().repr()).isEqualTo("set()");
        assertThat(PyFrozenSet.of(2L, 1L).repr()).isEqualTo("frozenset({1, 2})");
        assertThatThrownBy(() -> {
            for (Long x : s) {
                s.add(x + 100);
            }
        }).isInstanceOf(RuntimeError.class).hasMessage("Set changed size during iteration");
    }

    @Test
    void mutationDuringIterationBehavesAsInCPython() {
        PyList<Long> l = PyList.of(1L, 2L, 3L, 4L);
        PyList<Long> seen = new PyList<>();
        for (Long x : l) {
            if (x == 2L) {
                l.remove(x);
            }
            seen.add(x);
        }
        assertThat(seen.repr()).isEqualTo("[1, 2, 4]");
        assertThat(l.repr()).isEqualTo("[1, 3, 4]");
        PyDict<Long, Long> d = PyDict.of(1L, 1L, 2L, 2L);
        assertThatThrownBy(() -> {
            for (Long k : d) {
                d.setItem(k + 10, 0L);
            }
        }).isInstanceOf(RuntimeError.class).hasMessage("dictionary changed size during iteration");
    }

    @Test
    void containersOutsideTheCoreSizeAndTestAsInPython() {
        io.portalis.pylib.stdlib.Deque<Long> d = new io.portalis.pylib.stdlib.Deque<>(PyList.of(1L, 2L));
        assertThat(Py.len(d)).isEqualTo(2);
        assertThat(Py.truthy(d)).isTrue();
        d.clear();
        assertThat(Py.truthy(d)).isFalse();
        assertThatThrownBy(() -> Py.hash(d)).isInstanceOf(TypeError.class)
                .hasMessage("unhashable type: 'collections.deque'");
    }

    @Test
    void containerThatHoldsItselfPrintsEllipsis() {
        PyList<Object> l = PyList.of(1L);
        l.add(l);
        assertThat(l.repr()).isEqualTo("[1, [...]]");
    }

    /** A translated class with __repr__, __lt__ and attributes. */
    private record Point(long x, long y) implements PyObject {
        @Override
        public String repr() {
            return "Point(" + x + ", " + y + ")";
        }

        @Override
        public Object lt(Object other) {
            return other instanceof Point p ? (Object) (x < p.x) : Py.NOT_IMPLEMENTED;
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "x" -> x;
                case "y" -> y;
                default -> PyObject.super.getAttr(name);
            };
        }
    }

    @Test
    void translatedObjectsTakePartInComparisonsReprAndFormat() {
        Point a = new Point(1, 2);
        Point b = new Point(3, 4);
        assertThat(Py.lt(a, b)).isTrue();
        assertThat(Py.gt(b, a)).isTrue();
        assertThat(Builtins.sorted(PyList.of(b, a)).repr()).isEqualTo("[Point(1, 2), Point(3, 4)]");
        assertThat(PyFormat.strFormat("{0.x} {p.y}", PyList.of(a), java.util.Map.of("p", b))).isEqualTo("1 4");
        assertThatThrownBy(() -> Py.lt(a, 1L)).isInstanceOf(TypeError.class)
                .hasMessage("'<' not supported between instances of 'Point' and 'int'");
        assertThatThrownBy(() -> a.getAttr("z")).isInstanceOf(AttributeError.class)
                .hasMessage("'Point' object has no attribute 'z'");
    }
}
