package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OSError's constructor as CPython's reads its arguments; expected values are CPython's. */
class OSErrorTest {
    @Test
    void anIntErrnoPicksTheSubclass() {
        assertThat(OSError.of(2L, "x")).isExactlyInstanceOf(FileNotFoundError.class);
        assertThat(OSError.of(13L, "x")).isExactlyInstanceOf(PermissionError.class);
        assertThat(OSError.of(true, "x")).isExactlyInstanceOf(PermissionError.class);
        assertThat(OSError.of(111L, "x")).isExactlyInstanceOf(ConnectionRefusedError.class)
                .isInstanceOf(ConnectionError.class);
        assertThat(OSError.of(5L, "x")).isExactlyInstanceOf(OSError.class);
        assertThat(OSError.of(2.0, "x")).isExactlyInstanceOf(OSError.class);
        assertThat(OSError.of(2L)).isExactlyInstanceOf(OSError.class);
    }

    @Test
    void argumentsAreErrnoStrerrorAndFileNames() {
        OSError e = OSError.of(2L, "x", "f", null, "g");
        assertThat(e.args()).isEqualTo(PyTuple.of(2L, "x"));
        assertThat(e.attribute("errno")).isEqualTo(2L);
        assertThat(e.attribute("filename2")).isEqualTo("g");
        assertThat(e.str()).isEqualTo("[Errno 2] x: 'f' -> 'g'");
        // no file name: args are kept whole and filename2 is not read
        OSError unnamed = OSError.of(2L, "x", null, null, "g");
        assertThat(unnamed.args().size()).isEqualTo(5);
        assertThat(unnamed.attribute("filename2")).isNull();
        assertThat(unnamed.str()).isEqualTo("[Errno 2] x");
        assertThat(OSError.of("a", "b").str()).isEqualTo("[Errno a] b");
        assertThat(OSError.of(1L, 2L, 3L, 4L, 5L, 6L).str()).isEqualTo("(1, 2, 3, 4, 5, 6)");
    }
}
