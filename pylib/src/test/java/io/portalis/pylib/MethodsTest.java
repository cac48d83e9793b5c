package io.portalis.pylib;

import io.portalis.pylib.dyn.Rt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Method calls on receivers whose type is only known at run time; messages from CPython 3.11. */
class MethodsTest {
    @Test
    void dispatchesOnTheRuntimeType() {
        Object list = PyList.of(3L, 1L);
        Rt.callMethod(list, "append", 2L);
        Rt.callMethod(list, "sort");
        assertThat(Py.repr(list)).isEqualTo("[1, 2, 3]");
        Object dict = PyDict.of("a", 1L);
        assertThat(Rt.callMethod(dict, "get", "b", 0L)).isEqualTo(0L);
        assertThat(Py.repr(Rt.callMethod(dict, "items"))).isEqualTo("dict_items([('a', 1)])");
        assertThat(Rt.callMethod("a,b", "split", ",")).isEqualTo(PyList.of("a", "b"));
        assertThat(Rt.callMethod("{} {}", "format", 1L, "x")).isEqualTo("1 x");
        Object set = PySet.of(1L);
        Rt.callMethod(set, "add", 2L);
        assertThat(Py.repr(set)).isEqualTo("{1, 2}");
    }

    @Test
    void wrongReceiverOrArgumentsRaiseAsCPython() {
        assertThatThrownBy(() -> Rt.callMethod(5L, "append", 1L)).isInstanceOf(AttributeError.class)
                .hasMessage("'int' object has no attribute 'append'");
        assertThatThrownBy(() -> Rt.callMethod(new PyList<>(), "append")).isInstanceOf(TypeError.class)
                .hasMessage("list.append() takes exactly one argument (0 given)");
        assertThatThrownBy(() -> Rt.callMethod(new PyList<>(), "pop", 1L, 2L)).isInstanceOf(TypeError.class)
                .hasMessage("pop expected at most 1 argument, got 2");
        assertThatThrownBy(() -> Rt.callMethod(new PyDict<>(), "get")).isInstanceOf(TypeError.class)
                .hasMessage("get expected at least 1 argument, got 0");
        assertThatThrownBy(() -> Rt.callMethod(null, "x")).isInstanceOf(AttributeError.class)
                .hasMessage("'NoneType' object has no attribute 'x'");
    }

    @Test
    void attributesOfUnknownReceivers() {
        assertThatThrownBy(() -> Py.getAttr(5L, "x")).isInstanceOf(AttributeError.class)
                .hasMessage("'int' object has no attribute 'x'");
        assertThat(Py.repr(Py.slice(PyList.of(1L, 2L, 3L), java.math.BigInteger.TEN.pow(30).negate(), null, null)))
                .isEqualTo("[1, 2, 3]");
    }

    @Test
    void translateAndFormatMapFollowCPython() {
        PyDict<Object, Object> t = Strs.maketrans("abc", "xyz", "d");
        assertThat(t.repr()).isEqualTo("{97: 120, 98: 121, 99: 122, 100: None}");
        assertThat(Strs.translate("aabbccdd!", t)).isEqualTo("xxyyzz!");
        assertThat(Strs.translate("hello", PyDict.of(108L, "L!", 111L, null))).isEqualTo("heL!L!");
        assertThat(Strs.maketrans(PyDict.of("a", "1", "b", null)).repr()).isEqualTo("{97: '1', 98: None}");
        assertThat(Strs.formatMap("{x}-{y}", PyDict.of("x", 1L, "y", "b"))).isEqualTo("1-b");
        assertThatThrownBy(() -> Strs.maketrans("ab", "x", null)).isInstanceOf(ValueError.class)
                .hasMessage("the first two maketrans arguments must have equal length");
    }

    @Test
    void searchMethodsHonourStartAndEndAsCPython() {
        String s = "abracadabra";
        assertThat(Rt.callMethod(s, "count", "a", 5L)).isEqualTo(3L);
        assertThat(Rt.callMethod(s, "count", "", 11L)).isEqualTo(1L);
        assertThat(Rt.callMethod(s, "count", "", 12L)).isEqualTo(0L);
        assertThat(Rt.callMethod(s, "count", "", 5L, 2L)).isEqualTo(0L);
        assertThat(Rt.callMethod(s, "count", "a", -3L)).isEqualTo(1L);
        assertThat(Rt.callMethod(s, "rfind", "a", 0L, 5L)).isEqualTo(3L);
        assertThat(Rt.callMethod(s, "rfind", "", 4L, 6L)).isEqualTo(6L);
        assertThat(Rt.callMethod(s, "rfind", "", 20L)).isEqualTo(-1L);
        assertThat(Rt.callMethod(s, "rindex", "a", 0L, 4L)).isEqualTo(3L);
        assertThat(Rt.callMethod(s, "index", "a", 4L)).isEqualTo(5L);
        assertThatThrownBy(() -> Rt.callMethod(s, "index", "z", 2L)).isInstanceOf(ValueError.class)
                .hasMessage("substring not found");
    }

    private static PyBytes bytes(String latin1) {
        return new PyBytes(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void bytesMethodsAgreeWithTheStrMethodsOnTheirBytes() {
        PyBytes data = bytes("  The Quick Brown Fox  ");
        assertThat(Py.repr(Rt.callMethod(Rt.callMethod(data, "strip"), "split", bytes(" "), 1L)))
                .isEqualTo("[b'The', b'Quick Brown Fox']");
        assertThat(Rt.callMethod(data, "count", bytes("o"))).isEqualTo(2L);
        assertThat(Py.repr(Rt.callMethod(bytes("k=v"), "partition", bytes("=")))).isEqualTo("(b'k', b'=', b'v')");
        assertThat(Py.repr(Rt.callMethod(bytes("hello"), "title"))).isEqualTo("b'Hello'");
        assertThat(Py.repr(Rt.callMethod(bytes("line1\nline2\r\n"), "splitlines"))).isEqualTo("[b'line1', b'line2']");
        assertThat(Py.repr(Rt.callMethod(bytes("xx\u00e9"), "rjust", 5L, bytes("-")))).isEqualTo("b'--xx\\xe9'");
        assertThat(Rt.callMethod(bytes("\u00e9a"), "count", bytes("a"))).isEqualTo(1L);
        // str and bytes disagree on which non-ASCII bytes are letters: refused rather than answered wrongly
        assertThatThrownBy(() -> Rt.callMethod(bytes("\u00e9"), "isalpha")).isInstanceOf(NotImplementedError.class);
    }

    @Test
    void hexAndIntByteConversionsAsCPython() {
        Object fromhex = Rt.getattr(io.portalis.pylib.dyn.Types.named("bytes"), "fromhex");
        assertThat(Py.repr(Rt.call(fromhex, " 0A ff "))).isEqualTo("b'\\n\\xff'");
        assertThatThrownBy(() -> Rt.call(fromhex, "ab c")).isInstanceOf(ValueError.class)
                .hasMessage("non-hexadecimal number found in fromhex() arg at position 4");
        assertThat(Rt.callMethod(bytes("\u0001\u0002\u0003"), "hex", ":", 2L)).isEqualTo("01:0203");
        assertThat(Rt.callMethod(bytes("\u0001\u0002\u0003"), "hex", ":", -2L)).isEqualTo("0102:03");
        Object fromBytes = Rt.getattr(io.portalis.pylib.dyn.Types.named("int"), "from_bytes");
        assertThat(Rt.callKw(fromBytes, new Object[] {bytes("\u00ff\u00fe"), "big", true}, new String[] {"signed"}))
                .isEqualTo(-2L);
        assertThat(Py.repr(Rt.callMethodKw(-129L, "to_bytes", new Object[] {2L, "little", true},
                new String[] {"signed"}))).isEqualTo("b'\\x7f\\xff'");
        assertThatThrownBy(() -> Rt.callMethod(256L, "to_bytes", 1L, "big")).isInstanceOf(OverflowError.class)
                .hasMessage("int too big to convert");
    }
}
