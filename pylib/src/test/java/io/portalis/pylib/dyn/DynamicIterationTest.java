package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.ValueError;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists passed through dynamic code keep Python's iteration, slice assignment and sum semantics. */
class DynamicIterationTest {
    private static final Object[] NO_ARGS = new Object[0];

    private static PyList<Object> list(Object... items) {
        return PyList.of(items);
    }

    private static PySlice slice(Long start, Long stop, Long step) {
        return new PySlice(start, stop, step);
    }

    private static Object sum(Object... args) {
        return Builtin.of("sum").call(args, PyCallable.NO_KW);
    }

    @Test
    void aListGrowingDuringTheLoopIsSeenGrowing() {
        PyList<Object> l = list(1L, 2L);
        PyList<Object> seen = new PyList<>();
        for (Object x : Rt.iterable(l)) {
            seen.add(x);
            if ((Long) x < 4) {
                l.add((Long) x + 2);
            }
        }
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aListShrinkingDuringTheLoopSkipsAsInPython() {
        // CPython: for x in l: l.remove(x) leaves every other item
        PyList<Object> l = list(1L, 2L, 3L, 4L);
        for (Object x : Rt.iterable(l)) {
            l.remove(x);
        }
        assertThat(l).containsExactly(2L, 4L);
    }

    @Test
    void nonListsStillIterateOnceAndNonIterablesFailAtOnce() {
        PyDict<Object, Object> d = new PyDict<>();
        d.setItem("a", 1L);
        d.setItem("b", 2L);
        Iterable<Object> keys = Rt.iterable(d);
        assertThat(keys).containsExactly("a", "b");
        assertThat(keys).as("one-shot, as an iterator is").isEmpty();
        assertThatThrownBy(() -> Rt.iterable(5L)).isInstanceOf(TypeError.class)
                .hasMessage("'int' object is not iterable");
        assertThat(Rt.iterable(PyTuple.of(1L, 2L))).containsExactly(1L, 2L);
    }

    @Test
    void listBuiltinsCopyAListPassedDynamically() {
        PyList<Object> l = list("a", "b");
        Object copy = Rt.call(Types.LIST, l);
        assertThat(copy).isEqualTo(l).isNotSameAs(l);
        Rt.setItem(l, 0L, "z");
        assertThat(copy).isEqualTo(list("a", "b"));
    }

    @Test
    void extendingAListWithItselfDoublesIt() {
        PyList<Object> l = list(1L, 2L);
        Rt.call(Rt.getattr(l, "extend"), l);
        assertThat(l).containsExactly(1L, 2L, 1L, 2L);
    }

    @Test
    void aReversedPrefixIsAssignedFromAnotherList() {
        // fannkuch's flip: perm[:first + 1] = perm[first::-1]
        PyList<Object> perm = list(3L, 1L, 0L, 2L);
        Object flipped = Rt.getItem(perm, slice(2L, null, -1L));
        Rt.setItem(perm, slice(null, 3L, null), flipped);
        assertThat(perm).containsExactly(0L, 1L, 3L, 2L);
        assertThat(flipped).as("the source is read, not taken").isEqualTo(list(0L, 1L, 3L));
    }

    @Test
    void aListAssignedToASliceOfItselfIsCopiedFirst() {
        PyList<Object> l = list(1L, 2L, 3L);
        Rt.setItem(l, slice(null, null, -1L), l);
        assertThat(l).containsExactly(3L, 2L, 1L);
        Rt.setItem(l, slice(1L, 2L, null), l);
        assertThat(l).containsExactly(3L, 3L, 2L, 1L, 1L);
    }

    @Test
    void sliceAssignmentTakesTuplesAndIteratorsAndChecksExtendedLengths() {
        PyList<Object> l = list(1L, 2L, 3L, 4L);
        Rt.setItem(l, slice(null, 2L, null), PyTuple.of("a"));
        assertThat(l).containsExactly("a", 3L, 4L);
        Rt.setItem(l, slice(3L, null, null), Rt.iter(list(5L, 6L)));
        assertThat(l).containsExactly("a", 3L, 4L, 5L, 6L);
        assertThatThrownBy(() -> Rt.setItem(l, slice(null, null, 2L), list(0L)))
                .isInstanceOf(ValueError.class)
                .hasMessage("attempt to assign sequence of size 1 to extended slice of size 3");
        assertThat(l).as("unchanged by the failed assignment").containsExactly("a", 3L, 4L, 5L, 6L);
    }

    @Test
    void aNonIterableAssignedToASliceGetsCPythonsMessage() {
        PyList<Object> l = list(1L, 2L, 3L);
        assertThatThrownBy(() -> Rt.setItem(l, slice(0L, 1L, null), 5L)).isInstanceOf(TypeError.class)
                .hasMessage("can only assign an iterable");
        assertThatThrownBy(() -> Rt.setItem(l, slice(null, null, 1L), 5L)).isInstanceOf(TypeError.class)
                .hasMessage("can only assign an iterable");
        assertThatThrownBy(() -> Rt.setItem(l, slice(null, null, -1L), null)).isInstanceOf(TypeError.class)
                .hasMessage("must assign iterable to extended slice");
        assertThatThrownBy(() -> Rt.setItem(l, slice(null, null, 0L), 5L)).isInstanceOf(ValueError.class)
                .hasMessage("slice step cannot be zero");
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__iter__", PyFunction.of("Refuses.__iter__", a -> {
            throw new TypeError("mine");
        }, "self"));
        Object refuses = Rt.call(PyType.create("Refuses", NO_ARGS, ns));
        assertThatThrownBy(() -> Rt.setItem(l, slice(0L, 1L, null), refuses)).isInstanceOf(TypeError.class)
                .hasMessage("can only assign an iterable");
        assertThat(l).containsExactly(1L, 2L, 3L);
    }

    @Test
    void sumAddsRunsOfIntsAndFloatsAndPromotesOnOverflow() {
        assertThat(sum(list(1L, 2L, 3L))).isEqualTo(6L);
        assertThat(sum(list(Long.MAX_VALUE, 1L))).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        assertThat(sum(list(Long.MAX_VALUE, 1L, -1L))).as("back in a long").isEqualTo(Long.MAX_VALUE);
        assertThat(sum(list(0.1, 0.2, 0.3))).isEqualTo(0.1 + 0.2 + 0.3);
        assertThat(sum(list(1L, 0.5, 2L))).isEqualTo(3.5);
        assertThat(sum(list(true, true, 1L))).isEqualTo(3L);
        assertThat(sum(list(), 10L)).isEqualTo(10L);
        assertThat(sum(list(list(1L), list(2L)), list())).isEqualTo(list(1L, 2L));
        assertThat(Builtin.of("sum").call(new Object[] {list(1L), 5L}, new String[] {"start"})).isEqualTo(6L);
    }

    @Test
    void sumRefusesStringsAsCPythonDoes() {
        assertThatThrownBy(() -> sum(list("a", "b"), "")).isInstanceOf(TypeError.class)
                .hasMessage("sum() can't sum strings [use ''.join(seq) instead]");
        assertThatThrownBy(() -> sum(list("a", "b"))).isInstanceOf(TypeError.class)
                .hasMessage("unsupported operand type(s) for +: 'int' and 'str'");
    }

    @Test
    void sumCallsAddOfPythonClasses() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__radd__", PyFunction.of("Money.__radd__", a -> Rt.add(a[1], 100L), "self", "other"));
        PyType money = PyType.create("Money", NO_ARGS, ns);
        Object m = Rt.call(money);
        assertThat(sum(list(1L, 2L, m))).isEqualTo(103L);
        assertThat(sum(list(m, m))).isEqualTo(200L);
        assertThat(sum(List.of(2.5, m))).isEqualTo(102.5);
    }
}
