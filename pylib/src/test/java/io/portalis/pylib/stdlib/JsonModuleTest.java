package io.portalis.pylib.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.RuntimeError;
import io.portalis.pylib.ValueError;
import org.junit.jupiter.api.Test;

/** {@code json.dumps}'s circular-reference check and dict traversal; expected values from CPython 3.11. */
class JsonModuleTest {
    @Test
    void listHoldingItselfIsCircular() {
        PyList<Object> a = PyList.of(1L);
        a.add(a);
        assertThatThrownBy(() -> JsonModule.dumps(a)).isInstanceOf(ValueError.class)
                .hasMessage("Circular reference detected");
    }

    @Test
    void dictReachedAgainThroughAListIsCircular() {
        PyDict<Object, Object> d = new PyDict<>();
        d.setItem("x", PyList.of(d));
        assertThatThrownBy(() -> JsonModule.dumps(d)).isInstanceOf(ValueError.class)
                .hasMessage("Circular reference detected");
    }

    @Test
    void sameListTwiceSideBySideIsNotCircular() {
        PyList<Object> shared = PyList.of(1L, 2L);
        PyDict<Object, Object> d = PyDict.of("k", shared);
        assertThat(JsonModule.dumps(PyList.of(shared, shared, d))).isEqualTo("[[1, 2], [1, 2], {\"k\": [1, 2]}]");
    }

    @Test
    void defaultReturningItsArgumentIsCircularButReplacementsAreNot() {
        Object opaque = new Object();
        JsonModule.Options same = JsonModule.Options.DEFAULT.withDefault(o -> o);
        assertThatThrownBy(() -> JsonModule.dumps(PyList.of(opaque), same)).isInstanceOf(ValueError.class)
                .hasMessage("Circular reference detected");
        JsonModule.Options named = JsonModule.Options.DEFAULT.withDefault(o -> "X");
        assertThat(JsonModule.dumps(PyList.of(opaque, opaque), named)).isEqualTo("[\"X\", \"X\"]");
    }

    @Test
    void deepNestingBeyondTheInitialPathIsWritten() {
        Object v = 0L;
        for (int k = 0; k < 40; k++) {
            v = k % 2 == 0 ? PyList.of(v) : PyDict.of("k", v);
        }
        String text = JsonModule.dumps(v);
        assertThat(JsonModule.loads(text)).isEqualTo(v);
        assertThat(text).startsWith("{\"k\": [{\"k\": [").endsWith("]}]}");
    }

    @Test
    void forEachItemVisitsInInsertionOrderWithOriginalKeys() {
        PyDict<Object, Object> d = new PyDict<>();
        d.setItem(true, "t");
        d.setItem("b", 2L);
        d.setItem(1.5, "f");
        StringBuilder seen = new StringBuilder();
        d.forEachItem((k, v) -> seen.append(k).append('=').append(v).append(' '));
        assertThat(seen).hasToString("true=t b=2 1.5=f ");
    }

    @Test
    void forEachItemThatAddsKeysRaisesChangedSize() {
        PyDict<Object, Object> d = PyDict.of("a", 1L, "b", 2L);
        assertThatThrownBy(() -> d.forEachItem((k, v) -> d.setItem(k + "!", v))).isInstanceOf(RuntimeError.class)
                .hasMessage("dictionary changed size during iteration");
    }
}
