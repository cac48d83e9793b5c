package io.portalis.pylib.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.RecursionError;
import io.portalis.pylib.RuntimeError;
import io.portalis.pylib.ValueError;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void dumpsCalledFromADefaultWritesIntoItsOwnBuffer() {
        Object opaque = new Object();
        JsonModule.Options nested = JsonModule.Options.DEFAULT
                .withDefault(o -> JsonModule.dumps(PyList.of("inner", 1L)));
        assertThat(JsonModule.dumps(PyDict.of("a", opaque, "b", "after"), nested))
                .isEqualTo("{\"a\": \"[\\\"inner\\\", 1]\", \"b\": \"after\"}");
    }

    @Test
    void aFailedDumpsLeavesNothingForTheNext() {
        assertThatThrownBy(() -> JsonModule.dumps(PyList.of("x".repeat(1000), io.portalis.pylib.PySet.of(1L))))
                .isInstanceOf(io.portalis.pylib.TypeError.class)
                .hasMessage("Object of type set is not JSON serializable");
        assertThat(JsonModule.dumps(PyList.of(1L))).isEqualTo("[1]");
    }

    @Test
    void longTextsWithEscapesGrowTheBufferAsTheyGo() {
        String s = "\u00e9\"\n".repeat(5000) + "\ud83d\ude00";
        String text = JsonModule.dumps(PyList.of(s, Long.MIN_VALUE, Long.MAX_VALUE, -0L, 10L, -9L));
        assertThat(text).hasSize(2 + (5000 * 10 + 12 + 2) + 2 + 20 + 2 + 19 + 2 + 1 + 2 + 2 + 2 + 2);
        assertThat(text).endsWith("\\ud83d\\ude00\", -9223372036854775808, 9223372036854775807, 0, 10, -9]");
        assertThat(JsonModule.loads(text)).isEqualTo(PyList.of(s, Long.MIN_VALUE, Long.MAX_VALUE, 0L, 10L, -9L));
        JsonModule.Options raw = JsonModule.Options.DEFAULT.withEnsureAscii(false);
        assertThat(JsonModule.dumps(s, raw)).hasSize(2 + 5000 * 5 + 2);
    }

    @Test
    void aShortDocumentAfterALongOneEndsWhereItEnds() {
        String longDoc = "[" + "1, ".repeat(1000) + "\"" + "x".repeat(100) + "\"]";
        assertThat(JsonModule.loads(longDoc)).isInstanceOf(PyList.class);
        // the kept array still holds the long document's characters beyond these
        assertThatThrownBy(() -> JsonModule.loads("[1")).isInstanceOf(JsonModule.JSONDecodeError.class)
                .hasMessage("Expecting ',' delimiter: line 1 column 3 (char 2)");
        assertThatThrownBy(() -> JsonModule.loads("\"ab")).isInstanceOf(JsonModule.JSONDecodeError.class)
                .hasMessage("Unterminated string starting at: line 1 column 1 (char 0)");
        assertThat(JsonModule.loads("[1, 2]")).isEqualTo(PyList.of(1L, 2L));
    }

    @Test
    void nestingUpToTheRecursionLimitDecodesAndOneLevelMoreRaises() {
        int limit = 1000;
        Object v = JsonModule.loads("[".repeat(limit) + "]".repeat(limit));
        int depth = 0;
        while (v instanceof PyList<?> l && !l.isEmpty()) {
            v = l.get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(limit - 1);
        assertThatThrownBy(() -> JsonModule.loads("[".repeat(limit + 1) + "]".repeat(limit + 1)))
                .isInstanceOf(RecursionError.class)
                .hasMessage("maximum recursion depth exceeded while decoding a JSON array from a unicode string");
        assertThatThrownBy(() -> JsonModule.loads("{\"a\": ".repeat(100_000)))
                .isInstanceOf(RecursionError.class)
                .hasMessage("maximum recursion depth exceeded while decoding a JSON object from a unicode string");
        // closed containers give their level back: many shallow ones side by side are fine
        assertThat(JsonModule.loads("[" + "[[]], ".repeat(5000) + "[]]")).isInstanceOf(PyList.class);
    }

    @Test
    void encodingTooDeeplyNestedValuesRaisesRecursionError() {
        Object v = PyList.of();
        for (int k = 0; k < 5000; k++) {
            v = PyList.of(v);
        }
        Object deep = v;
        assertThatThrownBy(() -> JsonModule.dumps(deep)).isInstanceOf(RecursionError.class)
                .hasMessage("maximum recursion depth exceeded while encoding a JSON object");
        assertThat(JsonModule.dumps(PyList.of(PyList.of(1L)))).isEqualTo("[[1]]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void repeatedKeysAreSharedAndAlikeOnesKeptApart() {
        // a key written escaped is the same key; the memo must give each object its own keys' values
        PyList<PyDict<Object, Object>> l = (PyList<PyDict<Object, Object>>) JsonModule.loads(
                "[{\"abxd\": 1, \"acxd\": 2}, {\"acxd\": 3, \"abxd\": 4, \"ab\\u0078d\": 5}, {\"\": 6}]");
        assertThat(l.repr()).isEqualTo("[{'abxd': 1, 'acxd': 2}, {'acxd': 3, 'abxd': 5}, {'': 6}]");
        List<Object> first = new ArrayList<>();
        l.get(0).forEach(first::add);
        List<Object> second = new ArrayList<>();
        l.get(1).forEach(second::add);
        assertThat(second.get(0)).isSameAs(first.get(1));
        assertThat(second.get(1)).isSameAs(first.get(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void manyKeysSharingTheirFirstBytesAreAllFoundAgain() {
        // more keys with the same first two bytes than the memo keeps by those bytes, some holding '?'
        StringBuilder doc = new StringBuilder("[");
        for (int row = 0; row < 3; row++) {
            doc.append(row == 0 ? "{" : ", {");
            for (int k = 0; k < 12; k++) {
                doc.append(k == 0 ? "" : ", ").append("\"us").append(k % 3 == 0 ? "?" : "_").append(k).append("\": ")
                        .append(row * 100 + k);
            }
            doc.append("}");
        }
        PyList<PyDict<Object, Object>> l =
                (PyList<PyDict<Object, Object>>) JsonModule.loads(doc.append(']').toString());
        assertThat(l.get(2).getItem("us_11")).isEqualTo(211L);
        assertThat(l.get(1).getItem("us?9")).isEqualTo(109L);
        List<Object> first = new ArrayList<>();
        l.get(0).forEach(first::add);
        List<Object> last = new ArrayList<>();
        l.get(2).forEach(last::add);
        assertThat(last).hasSize(12).isEqualTo(first);
        for (int k = 0; k < 12; k++) {
            assertThat(last.get(k)).isSameAs(first.get(k));
        }
    }

    @Test
    void keysThatBeginAsAKnownKeyDoesAreTheirOwn() {
        // a kept key is compared up to the closing quote: a shorter or longer key with its first bytes is another
        Object l = JsonModule.loads(
                "[{\"abc\": 1}, {\"ab\": 2, \"abcd\": 3, \"abc\": 4, \"a\": 5}, {\"a\": 6, \"abc\\\"\": 7}]");
        assertThat(((PyList<?>) l).repr())
                .isEqualTo("[{'abc': 1}, {'ab': 2, 'abcd': 3, 'abc': 4, 'a': 5}, {'a': 6, 'abc\"': 7}]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keysBeyondLatin1AreKeptApartFromKeysWithQuestionMarks() {
        // the decoder reads a character beyond Latin-1 as one '?' byte, so the memo must not take one for the other
        PyList<PyDict<Object, Object>> l = (PyList<PyDict<Object, Object>>) JsonModule.loads(
                "[{\"a\u2615b\": 1, \"a?b\": 2}, {\"a?b\": 3, \"a\u2615b\": 4}, {\"a\uD83D\uDE00\": 5, \"a??\": 6}]");
        assertThat(l.repr()).isEqualTo(
                "[{'a\u2615b': 1, 'a?b': 2}, {'a?b': 3, 'a\u2615b': 4}, {'a\uD83D\uDE00': 5, 'a??': 6}]");
        assertThat(l.get(2).getItem("a??")).isEqualTo(6L);
        assertThat(l.get(2).getItem("a\uD83D\uDE00")).isEqualTo(5L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRepeatedKeyKeepsItsFirstPlaceAndLastValueInSmallAndLargeObjects() {
        PyDict<Object, Object> small = (PyDict<Object, Object>) JsonModule.loads("{\"a\": 1, \"b\": 2, \"a\": 3}");
        assertThat(small.repr()).isEqualTo("{'a': 3, 'b': 2}");
        StringBuilder doc = new StringBuilder("{");
        for (int k = 0; k < 25; k++) {
            doc.append(k == 0 ? "" : ", ").append("\"k").append(k % 20).append("\": ").append(k);
        }
        PyDict<Object, Object> large = (PyDict<Object, Object>) JsonModule.loads(doc.append('}').toString());
        assertThat(large.len()).isEqualTo(20);
        assertThat(large.getItem("k0")).isEqualTo(20L);
        assertThat(large.getItem("k4")).isEqualTo(24L);
        assertThat(large.getItem("k5")).isEqualTo(5L);
        List<Object> keys = new ArrayList<>();
        large.forEach(keys::add);
        assertThat(keys.subList(0, 3)).containsExactly("k0", "k1", "k2");
    }

    @Test
    void decodeErrorCarriesMessageDocumentAndPlace() {
        String doc = "{\"a\": 1,\n \"b\" 2}";
        assertThatThrownBy(() -> JsonModule.loads(doc)).isInstanceOfSatisfying(JsonModule.JSONDecodeError.class, e -> {
            assertThat(e.getAttr("msg")).isEqualTo("Expecting ':' delimiter");
            assertThat(e.getAttr("doc")).isSameAs(doc);
            assertThat(e.getAttr("pos")).isEqualTo(14L);
            assertThat(e.getAttr("lineno")).isEqualTo(2L);
            assertThat(e.getAttr("colno")).isEqualTo(6L);
            assertThat(e.repr()).isEqualTo("JSONDecodeError(\"Expecting ':' delimiter: line 2 column 6 (char 14)\")");
        });
    }
}
