package io.portalis.pylib.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.TypeError;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Counts of any type, as CPython's Counter holds them; expected values are CPython's. */
class CounterValuesTest {
    @Test
    void floatAndStrCountsAreStoredAndCombinedWithPythonArithmetic() {
        Counter<Object> c = new Counter<>();
        PyDict<Object, Object> counts = new PyDict<>();
        counts.setItem("a", 1.5);
        counts.setItem("b", -0.5);
        c.updateCounts(counts);
        c.update(PyList.of("a", "a", "b"));
        assertThat(c.repr()).isEqualTo("Counter({'a': 3.5, 'b': 0.5})");
        assertThat(c.total()).isEqualTo(4.0);
        c.setItem("s", "x");
        // unorderable counts: repr keeps insertion order, most_common raises
        assertThat(c.repr()).isEqualTo("Counter({'a': 3.5, 'b': 0.5, 's': 'x'})");
        assertThatThrownBy(c::mostCommon).isInstanceOf(TypeError.class);
        assertThatThrownBy(c::elements).isInstanceOf(TypeError.class)
                .hasMessage("'float' object cannot be interpreted as an integer");
    }

    @Test
    void countingPastTheLongRangeBecomesABigInt() {
        Counter<Object> c = new Counter<>();
        c.setItem("k", Long.MAX_VALUE);
        c.update(PyList.of("k"));
        assertThat(c.get("k")).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
    }

    @Test
    void inPlaceOperatorsUpdateTheCounterAndDropNonPositiveCounts() {
        Counter<Object> c = new Counter<>(PyList.of("a", "b"));
        c.setItem("z", 0L);
        Counter<Object> other = new Counter<>(PyList.of("a"));
        other.setItem("b", -1L);
        assertThat(c.inplace('+', other)).isSameAs(c);
        assertThat(c.repr()).isEqualTo("Counter({'a': 2})");
        Counter<Object> none = new Counter<>();
        none.setItem("a", null);
        assertThatThrownBy(() -> none.inplace('+', other)).isInstanceOf(TypeError.class)
                .hasMessage("unsupported operand type(s) for +=: 'NoneType' and 'int'");
    }
}
