package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A slice walked in place gives the snapshot's items, and after detaching keeps them whatever the list becomes. */
class SliceWalkTest {
    private static List<Object> rest(SliceWalk w) {
        List<Object> out = new ArrayList<>();
        for (Object o; (o = w.next()) != SliceWalk.END; ) {
            out.add(o);
        }
        return out;
    }

    @Test
    void boundsResolveAsPythonSlices() {
        PyList<Object> xs = PyList.of(1L, 2L, 3L, 4L, 5L);
        assertThat(rest(SliceWalk.of(xs, 1L, 3L))).containsExactly(2L, 3L);
        assertThat(rest(SliceWalk.of(xs, -2L, null))).containsExactly(4L, 5L);
        assertThat(rest(SliceWalk.of(xs, null, -4L))).containsExactly(1L);
        assertThat(rest(SliceWalk.of(xs, 4L, 1L))).isEmpty();
        assertThat(rest(SliceWalk.of(xs, -100L, 100L))).containsExactly(1L, 2L, 3L, 4L, 5L);
        // a bound past 64 bits clamps, through the general slice
        assertThat(rest(SliceWalk.of(xs, BigInteger.TEN.pow(30), null))).isEmpty();
        assertThat(rest(SliceWalk.of(xs, true, 3L))).containsExactly(2L, 3L);
    }

    @Test
    void detachingCopiesTheItemsNotYetTaken() {
        PyList<Object> xs = PyList.of(1L, 2L, 3L, 4L);
        SliceWalk w = SliceWalk.of(xs, 0L, null);
        assertThat(w.next()).isEqualTo(1L);
        w.detach();
        xs.clear();
        xs.append(9L);
        assertThat(rest(w)).containsExactly(2L, 3L, 4L);
        SliceWalk done = SliceWalk.of(PyList.of(1L), 0L, null);
        done.next();
        done.detach();
        assertThat(done.next()).isSameAs(SliceWalk.END);
    }

    @Test
    void otherSequencesAreSlicedAtOnce() {
        assertThat(rest(SliceWalk.of(PyTuple.of(1L, 2L, 3L), 1L, null))).containsExactly(2L, 3L);
        assertThat(rest(SliceWalk.of("abc", null, 2L))).containsExactly("a", "b");
        assertThatThrownBy(() -> SliceWalk.of(null, 0L, 1L)).isInstanceOf(TypeError.class);
        assertThatThrownBy(() -> SliceWalk.of(PyList.of(1L), "a", null)).isInstanceOf(TypeError.class);
    }

    @Test
    void onlyValuesWhoseOperatorsRunNoPythonCodeAreInert() {
        for (Object v : new Object[] {null, 1L, 2.5, true, "s", BigInteger.TEN.pow(20), Peek.UNBOXED}) {
            assertThat(SliceWalk.inert(v)).as(String.valueOf(v)).isTrue();
        }
        assertThat(SliceWalk.inert(PyList.of())).isFalse();
        assertThat(SliceWalk.inert(PyTuple.of())).isFalse();
        assertThat(SliceWalk.inert(Rt.UNBOUND)).isFalse();
    }

    @Test
    void sumsAddNumbersInPlaceAndTheRestOfACopyOnwards() {
        PyList<Object> xs = PyList.of(1L, 2L, 3L, 4L);
        assertThat(SliceWalk.sum(xs, 1L, null)).isEqualTo(9L);
        assertThat(SliceWalk.sum(xs, 3L, 1L)).isEqualTo(0L);
        assertThat(SliceWalk.sum(PyList.of(0.5, 1.25), null, null)).isEqualTo(1.75);
        assertThat(SliceWalk.sum(PyList.of(1L, 2.5, 3L), 0L, null)).isEqualTo(6.5);
        // past 64 bits the sum goes on exactly
        assertThat(SliceWalk.sum(PyList.of(Long.MAX_VALUE, 1L, 1L), null, null))
                .isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.TWO));
        assertThat(SliceWalk.sum(PyList.of(1L, true), null, null)).isEqualTo(2L);
        assertThat(SliceWalk.sum(PyTuple.of(1L, 2L, 3L), 1L, null)).isEqualTo(5L);
        assertThatThrownBy(() -> SliceWalk.sum(PyList.of(1L, "a"), null, null)).isInstanceOf(TypeError.class);
    }
}
