package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.KeyError;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.stdlib.Counter;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The direct calls of str methods and the one-search dict counting agree with the dynamic calls they stand for,
 * and hand every other receiver, argument, key or value to them. Expected values are CPython's.
 */
class StrAndDictCallsTest {
    @Test
    void strMethodsOnAStrRunDirectly() {
        assertThat(StrCalls.lower(" Ab.", new MethodSite("lower"))).isEqualTo(" ab.");
        assertThat(StrCalls.strip("..x!?", new MethodSite("strip"), ".!?")).isEqualTo("x");
        assertThat(StrCalls.split(" a  b ", new MethodSite("split"))).isEqualTo(PyList.of("a", "b"));
        assertThat(StrCalls.split("a,b", new MethodSite("split"), ",")).isEqualTo(PyList.of("a", "b"));
        assertThat(StrCalls.join("-", new MethodSite("join"), PyList.of("x", "y"))).isEqualTo("x-y");
        assertThat(StrCalls.find("𝔘x", new MethodSite("find"), "x")).isEqualTo(1L);
        assertThat(StrCalls.count("aXa", new MethodSite("count"), "a")).isEqualTo(2L);
        assertThat(StrCalls.startswith("abc", new MethodSite("startswith"), "ab")).isEqualTo(true);
        assertThat(StrCalls.replace("aXa", new MethodSite("replace"), "a", "b")).isEqualTo("bXb");
    }

    @Test
    void otherArgumentsTakeTheDynamicCall() {
        // None strips whitespace, a tuple is a choice of prefixes, and a wrong type has CPython's message
        assertThat(StrCalls.strip("  x ", new MethodSite("strip"), null)).isEqualTo("x");
        assertThat(StrCalls.split(" a b ", new MethodSite("split"), null)).isEqualTo(PyList.of("a", "b"));
        assertThat(StrCalls.startswith("abc", new MethodSite("startswith"), PyTuple.of("x", "a"))).isEqualTo(true);
        assertThatThrownBy(() -> StrCalls.strip("x", new MethodSite("strip"), 1L)).isInstanceOf(TypeError.class)
                .hasMessage("strip arg must be None or str");
        assertThatThrownBy(() -> StrCalls.startswith("x", new MethodSite("startswith"), 1L))
                .isInstanceOf(TypeError.class)
                .hasMessage("startswith first arg must be str or a tuple of str, not int");
        assertThatThrownBy(() -> StrCalls.find("x", new MethodSite("find"), null)).isInstanceOf(TypeError.class)
                .hasMessage("must be str, not NoneType");
        assertThatThrownBy(() -> StrCalls.replace("x", new MethodSite("replace"), "x", 2L))
                .isInstanceOf(TypeError.class).hasMessage("replace() argument 2 must be str, not int");
    }

    @Test
    void otherReceiversTakeTheDynamicCall() {
        PyList<Object> l = PyList.of(1L, "a", 1L);
        assertThat(StrCalls.count(l, new MethodSite("count"), 1L)).isEqualTo(2L);
        assertThatThrownBy(() -> StrCalls.lower(3L, new MethodSite("lower")))
                .hasMessage("'int' object has no attribute 'lower'");
    }

    @Test
    void countingAddsOrUpdatesInOneSearch() {
        PyDict<Object, Object> d = new PyDict<>();
        MethodSite get = new MethodSite("get");
        for (String w : new String[] {"a", "b", "a", "a"}) {
            DictCalls.addGetLong(d, get, w, 0L, 1L);
        }
        DictCalls.addGet(d, get, 7L, 10L, (Object) 5L);
        assertThat(d.repr()).isEqualTo("{'a': 3, 'b': 1, 7: 15}");
        assertThat(DictCalls.addItem(d, "b", -4L)).isTrue();
        assertThat(DictCalls.addItem(d, "zz", 1L)).isFalse();
        assertThat(d.repr()).isEqualTo("{'a': 3, 'b': -3, 7: 15}");
    }

    @Test
    void countingLeavesOtherCasesToPythonsOperation() {
        MethodSite get = new MethodSite("get");
        PyDict<Object, Object> d = new PyDict<>();
        d.setItem("max", Long.MAX_VALUE);
        d.setItem("f", 0.5);
        DictCalls.addGetLong(d, get, "max", 0L, 1L);
        DictCalls.addGetLong(d, get, "f", 0L, 1L);
        // True is the key 1, kept as first inserted
        DictCalls.addGetLong(d, get, true, 0L, 1L);
        DictCalls.addGetLong(d, get, 1L, 0L, 1L);
        assertThat(d.getItem("max")).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        assertThat(d.repr()).isEqualTo("{'max': 9223372036854775808, 'f': 1.5, True: 2}");
        assertThat(DictCalls.addItem(d, "max", 1L)).isFalse();
        assertThatThrownBy(() -> DictCalls.addGetLong(d, get, "n", null, 1L)).isInstanceOf(TypeError.class)
                .hasMessage("unsupported operand type(s) for +: 'NoneType' and 'int'");
        assertThatThrownBy(() -> DictCalls.addGetLong(d, get, PyList.of(), 0L, 1L)).isInstanceOf(TypeError.class)
                .hasMessage("unhashable type: 'list'");
        // a Counter counts a missing key from 0, as its __missing__ does
        Counter<Object> c = new Counter<>();
        assertThat(DictCalls.addItem(c, "x", 2L)).isTrue();
        assertThat(DictCalls.addItem(c, "x", 1L)).isTrue();
        assertThat(DictCalls.addItem(c, 1.5, 1L)).isFalse();
        assertThat(c.repr()).isEqualTo("Counter({'x': 3})");
        assertThatThrownBy(() -> new PyDict<>().getItem("x")).isInstanceOf(KeyError.class);
    }

    @Test
    void peekedCountingAddsOnlyToAPlainDictAtAStrOrIntKey() {
        PyDict<Object, Object> d = new PyDict<>();
        assertThat(DictCalls.addPeekedLong(d, "a", 0L, 1L)).isTrue();
        assertThat(DictCalls.addPeekedLong(d, "a", 0L, 1L)).isTrue();
        assertThat(DictCalls.addPeeked(d, 7L, 10L, (Object) 5L)).isTrue();
        assertThat(d.repr()).isEqualTo("{'a': 2, 7: 15}");
        // what a site could not peek, another addend, key, value or dict: nothing changes, the caller runs Python's
        d.setItem("f", 0.5);
        d.setItem("max", Long.MAX_VALUE);
        assertThat(DictCalls.addPeekedLong(null, "a", 0L, 1L)).isFalse();
        assertThat(DictCalls.addPeekedLong(d, null, 0L, 1L)).isFalse();
        assertThat(DictCalls.addPeeked(d, "a", 0L, (Object) 0.5)).isFalse();
        assertThat(DictCalls.addPeekedLong(d, 1.5, 0L, 1L)).isFalse();
        assertThat(DictCalls.addPeekedLong(d, "f", 0L, 1L)).isFalse();
        assertThat(DictCalls.addPeekedLong(d, "max", 0L, 1L)).isFalse();
        assertThat(DictCalls.addPeekedLong(d, "new", 0.0, 1L)).isFalse();
        assertThat(DictCalls.addPeekedLong(new Counter<>(), "a", 0L, 1L)).isFalse();
        assertThat(DictCalls.addPeekedLong(PyList.of(1L), 0L, 0L, 1L)).isFalse();
        assertThat(d.repr()).isEqualTo("{'a': 2, 7: 15, 'f': 0.5, 'max': 9223372036854775807}");
    }
}
