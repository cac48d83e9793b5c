package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.dyn.Rt;
import io.portalis.pylib.dyn.Types;
import org.junit.jupiter.api.Test;

/** bytearray through the dynamic operations translated code calls; expected values from CPython 3.11. */
class PyByteArrayTest {
    private static Object bytearray(Object... args) {
        return Rt.call(Types.named("bytearray"), args);
    }

    private static PyBytes b(String latin1) {
        return new PyBytes(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void mutatesInPlaceAndPrintsAsCPython() {
        Object ba = bytearray(b("mutable"));
        Rt.setItem(ba, 0L, 77L);
        Rt.callMethod(ba, "append", 33L);
        Rt.callMethod(ba, "extend", b("??"));
        assertThat(Py.repr(ba)).isEqualTo("bytearray(b'Mutable!??')");
        assertThat(Rt.callMethod(ba, "pop")).isEqualTo(63L);
        Rt.setItem(ba, new io.portalis.pylib.dyn.PySlice(1L, 3L, null), b("UTA"));
        Rt.delItem(ba, 0L);
        assertThat(Py.repr(ba)).isEqualTo("bytearray(b'UTAable!?')");
        assertThat(Py.repr(bytearray(2L))).isEqualTo("bytearray(b'\\x00\\x00')");
        assertThat(Py.repr(PyList.of(b("bytes"), bytearray(b("ba"))))).isEqualTo("[b'bytes', bytearray(b'ba')]");
    }

    @Test
    void readOnlyMethodsAndOperatorsReturnBytearrays() {
        Object ba = bytearray(b("hello"));
        Rt.callMethod(ba, "reverse");
        assertThat(Py.repr(Rt.callMethod(ba, "upper"))).isEqualTo("bytearray(b'OLLEH')");
        assertThat(Rt.callMethod(ba, "find", b("l"))).isEqualTo(1L);
        assertThat(Py.repr(Rt.callMethod(ba, "split", b("l")))).isEqualTo("[bytearray(b'o'), bytearray(b''), bytearray(b'eh')]");
        assertThat(Py.repr(Rt.mul(ba, 2L))).isEqualTo("bytearray(b'olleholleh')");
        assertThat(Py.repr(Rt.add(ba, b("!")))).isEqualTo("bytearray(b'olleh!')");
        assertThat(Py.repr(Rt.add(b("x"), ba))).isEqualTo("b'xolleh'");
        assertThat(Rt.eq(ba, b("olleh"))).isTrue();
        assertThat(Rt.isinstance(ba, Types.named("bytes"))).isFalse();
        assertThat(Py.repr(Rt.call(Types.named("bytes"), ba))).isEqualTo("b'olleh'");
    }

    @Test
    void rejectsWhatCPythonRejects() {
        Object ba = bytearray();
        assertThatThrownBy(() -> Rt.hash(ba)).isInstanceOf(TypeError.class).hasMessage("unhashable type: 'bytearray'");
        assertThatThrownBy(() -> Rt.callMethod(ba, "append", 256L)).isInstanceOf(ValueError.class)
                .hasMessage("byte must be in range(0, 256)");
        assertThatThrownBy(() -> Rt.callMethod(ba, "pop")).isInstanceOf(IndexError.class)
                .hasMessage("pop from empty bytearray");
        assertThatThrownBy(() -> bytearray("x")).isInstanceOf(TypeError.class)
                .hasMessage("string argument without an encoding");
        assertThat(Py.repr(bytearray("\u00e9", "utf-8"))).isEqualTo("bytearray(b'\\xc3\\xa9')");
    }
}
