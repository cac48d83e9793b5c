package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The built-in functions, with expected values taken from CPython 3.11. */
class BuiltinsTest {
    @AfterEach
    void restoreStreams() {
        Sys.setStreams(System.out, System.err, System.in);
    }

    @Test
    void printHonoursSepEndAndFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Sys.setStreams(out, err, new ByteArrayInputStream(new byte[0]));
        Builtins.print(1L, "a", 2.5, null, true, PyList.of(1L, "b"));
        Builtins.printWith("-", "!\n", null, false, 1L, 2L);
        Builtins.printWith(null, "", Sys.stderr, true, "to err");
        Builtins.print();
        Sys.stdout.flush();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("1 a 2.5 None True [1, 'b']\n1-2!\n\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("to err");
    }

    @Test
    void inputReadsLinesAndRaisesEofErrorAtTheEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sys.setStreams(out, new ByteArrayOutputStream(),
                new ByteArrayInputStream("first\nsecond".getBytes(StandardCharsets.UTF_8)));
        assertThat(Builtins.input("name? ")).isEqualTo("first");
        assertThat(Builtins.input()).isEqualTo("second");
        assertThatThrownBy(Builtins::input).isInstanceOf(EOFError.class).hasMessage("EOF when reading a line");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("name? ");
    }

    @Test
    void minMaxSumAndFriends() {
        assertThat(Builtins.max(PyList.of("aa", "b", "cc"), o -> Py.len(o))).isEqualTo("aa");
        assertThat(Builtins.min(new PyList<>(), null, "none")).isEqualTo("none");
        assertThat(Builtins.minOf(3L, 1.5, 2L)).isEqualTo(1.5);
        assertThatThrownBy(() -> Builtins.max(new PyList<>())).isInstanceOf(ValueError.class)
                .hasMessage("max() arg is an empty sequence");
        assertThat(Py.repr(Builtins.sum(PyList.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1))))
                .isEqualTo("0.9999999999999999");
        assertThat(Py.repr(Builtins.sum(PyList.of(1L << 62, 1L << 62, 1L << 62)))).isEqualTo("13835058055282163712");
        assertThat(Builtins.any(PyList.of(0L, "", null))).isFalse();
        assertThat(Builtins.all(new PyList<>())).isTrue();
    }

    @Test
    void lazyBuiltinsAreOneShotIterators() {
        PyIterator<PyTuple> e = Builtins.enumerate("ab", 5);
        assertThat(Py.repr(Builtins.list(e))).isEqualTo("[(5, 'a'), (6, 'b')]");
        assertThat(Builtins.list(e)).isEmpty();
        assertThat(Py.repr(Builtins.list(Builtins.zip(PyList.of(1L, 2L, 3L), "ab")))).isEqualTo("[(1, 'a'), (2, 'b')]");
        assertThat(Py.repr(Builtins.list(Builtins.map(x -> Py.mul(x, 2L), PyRange.of(3))))).isEqualTo("[0, 2, 4]");
        assertThat(Py.repr(Builtins.list(Builtins.filter(null, PyList.of(0L, 1L, "", "x"))))).isEqualTo("[1, 'x']");
        assertThat(Py.repr(Builtins.list(Builtins.reversed("abc")))).isEqualTo("['c', 'b', 'a']");
        assertThat(Builtins.map(x -> x, PyList.of()).repr()).startsWith("<map object at 0x");
        assertThatThrownBy(() -> Builtins.reversed(PySet.of(1L))).isInstanceOf(TypeError.class)
                .hasMessage("'set' object is not reversible");
    }

    @Test
    void longStringsAreIndexedByCodePointWhicheverStringWasLookedAtLast() {
        String emoji = "\uD83D\uDE00";
        String wide = "ab" + emoji.repeat(100) + "cd";          // 104 code points in 204 chars
        String plain = "x".repeat(150) + "yz";
        for (int round = 0; round < 2; round++) {
            assertThat(Strs.len(wide)).isEqualTo(104);
            assertThat(Strs.getItem(wide, 2)).isEqualTo(emoji);
            assertThat(Strs.len(plain)).isEqualTo(152);
            assertThat(Strs.getItem(plain, -1)).isEqualTo("z");
            assertThat(Strs.getItem(wide, -1)).isEqualTo("d");
            assertThat(Strs.getItem(wide, 101)).isEqualTo(emoji);
            assertThat(Strs.slice(wide, 100L, null, null)).isEqualTo(emoji + emoji + "cd");
            assertThat(Strs.slice(plain, 149L, null, null)).isEqualTo("xyz");
            assertThatThrownBy(() -> Strs.getItem(wide, 104)).isInstanceOf(IndexError.class)
                    .hasMessage("string index out of range");
        }
    }

    @Test
    void conversionsAndCharacters() {
        assertThat(Builtins.chr(0x1F600)).isEqualTo("\uD83D\uDE00");
        assertThat(Builtins.ord("\uD83D\uDE00")).isEqualTo(0x1F600);
        assertThat(Strs.len("a\uD83D\uDE00b")).isEqualTo(3);
        assertThatThrownBy(() -> Builtins.ord("ab")).isInstanceOf(TypeError.class)
                .hasMessage("ord() expected a character, but string of length 2 found");
        assertThatThrownBy(() -> Builtins.chr(-1)).isInstanceOf(ValueError.class)
                .hasMessage("chr() arg not in range(0x110000)");
        assertThat(Builtins.typeRepr(1L)).isEqualTo("<class 'int'>");
        assertThat(Builtins.isinstance(true, "int")).isTrue();
        assertThat(Builtins.isinstance(1L, "bool")).isFalse();
        assertThat(Py.repr(Builtins.round(2.5))).isEqualTo("2");
        assertThat(Py.repr(Builtins.round(1250L, -2L))).isEqualTo("1200");
    }
}
