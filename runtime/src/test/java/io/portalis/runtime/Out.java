package io.portalis.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

/** Collects what a scenario prints, formatted as Python's {@code print} would, to compare with a CPython golden. */
final class Out {
    private final StringBuilder text = new StringBuilder();

    /** Python's {@code print(*parts)}: str() of each part, separated by spaces. */
    void print(Object... parts) {
        StringJoiner line = new StringJoiner(" ");
        for (Object p : parts) {
            line.add(str(p));
        }
        text.append(line).append('\n');
    }

    String text() {
        return text.toString();
    }

    static String str(Object o) {
        return o instanceof String s ? s : repr(o);
    }

    static String repr(Object o) {
        if (o == null) {
            return "None";
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof String s) {
            return "'" + s + "'";
        }
        if (o instanceof Collection<?> c) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            for (Object e : c) {
                j.add(repr(e));
            }
            return j.toString();
        }
        return String.valueOf(o);
    }

    /** Python's {@code e.args} of an exception built with at most one message. */
    static String args(Throwable e) {
        return e.getMessage() == null ? "()" : "('" + e.getMessage() + "',)";
    }

    /** Runs {@code main} on a fresh loop with a virtual clock, as {@code asyncio.run}, and returns its result. */
    static <T> T run(Coroutine<T> main) {
        return EventLoop.newEventLoop(Clock.virtual()).run(main);
    }

    /** Asserts that this output equals CPython's golden output {@code cpython/NAME.out}. */
    void assertMatchesGolden(String name) {
        assertThat(text()).as("output of %s, compared with CPython's", name).isEqualTo(golden(name));
    }

    static String golden(String name) {
        try (InputStream in = Out.class.getResourceAsStream("/cpython/" + name + ".out")) {
            assertThat(in).as("golden cpython/%s.out", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
